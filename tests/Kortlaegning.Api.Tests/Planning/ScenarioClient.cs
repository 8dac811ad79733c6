using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Kortlaegning.Api.Tests.Planning;

/// <summary>Small helpers for storing, running and editing test scenarios through the API.</summary>
internal static class ScenarioClient
{
    /// <summary>Five drawn candidates in central Esbjerg (around Treenigheds parish), ~1–2 km apart.</summary>
    public static readonly object[] EsbjergCandidates =
    [
        new { id = "c1", lon = 8.452, lat = 55.468, name = "Torvet" },
        new { id = "c2", lon = 8.436, lat = 55.478 },
        new { id = "c3", lon = 8.470, lat = 55.480 },
        new { id = "c4", lon = 8.445, lat = 55.490 },
        new { id = "c5", lon = 8.480, lat = 55.462 },
    ];

    /// <summary>An MCLP scenario on Esbjerg's grid demand with <see cref="EsbjergCandidates"/>.</summary>
    public static object Esbjerg(string name, int k, string[]? fixedIds = null) => new
    {
        name,
        municipality = "561",
        demand = new { source = "grid" },
        candidates = EsbjergCandidates,
        @fixed = fixedIds ?? [],
        parameters = new { objective = "mclp", k, radiusMetres = 800, timeLimitSeconds = 10, solver = "auto" },
    };

    public static async Task<(int Id, string ETag)> CreateScenarioAsync(this HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/plans/scenarios", body);
        var created = await Json.ReadAsync(response, HttpStatusCode.Created);
        return (created.GetProperty("id").GetInt32(), response.Headers.ETag!.Tag);
    }

    public static async Task<JsonElement> RunScenarioAsync(this HttpClient client, int id) =>
        await Json.ReadAsync(await client.PostAsync($"/api/plans/scenarios/{id}/run", null), HttpStatusCode.OK);

    /// <summary>PUT (with a body) or DELETE (without) of one scenario, with If-Match when <paramref name="ifMatch"/> is given.</summary>
    public static Task<HttpResponseMessage> EditScenarioAsync(this HttpClient client, int id, string? ifMatch, object? body = null)
    {
        var request = new HttpRequestMessage(body is null ? HttpMethod.Delete : HttpMethod.Put, $"/api/plans/scenarios/{id}")
        {
            Content = body is null ? null : JsonContent.Create(body),
        };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return client.SendAsync(request);
    }
}
