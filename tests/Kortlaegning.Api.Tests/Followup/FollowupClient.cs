using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Kortlaegning.Api.Tests.Followup;

/// <summary>Helpers for building a follow-up project through the API (Esbjerg, Treenigheds parish 8907 as focus).</summary>
internal static class FollowupClient
{
    // A point inside Treenigheds parish at the coarse DAGI 1:500 000 outline (the facilities tests use it too).
    public const double TorvetLon = 8.4385, TorvetLat = 55.485;

    /// <summary>Publishes a new project (version 1) so that anonymous readers see its published figures.</summary>
    public static async Task PublishProjectAsync(this HttpClient client, int id)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/projects/{id}/state") { Content = JsonContent.Create(new { state = "published" }) };
        request.Headers.TryAddWithoutValidation("If-Match", "\"v1\"");
        await Json.ReadAsync(await client.SendAsync(request), HttpStatusCode.OK);
    }

    public static async Task<int> CreateProjectAsync(this HttpClient client, string title = "Hverdagssundhed – Sammen (test)", string[]? parishes = null)
    {
        var body = new
        {
            title,
            municipality = "0561",
            start = "2026-01-01",
            end = "2029-12-31",
            focus = new { parishes = parishes ?? ["8907"], housingDepartments = Array.Empty<string>(), localCommunities = Array.Empty<string>() },
            partners = new[] { new { name = "DAB", kind = "housing_organisation", role = "boligsocial leder" } },
        };
        var created = await Json.ReadAsync(await client.PostAsJsonAsync("/api/projects", body), HttpStatusCode.Created);
        return created.GetProperty("id").GetInt32();
    }

    public static object Activity(string title = "Gåtur fra Torvet", double lon = TorvetLon, double lat = TorvetLat, string kind = "walk", string start = "2026-01-01", string? end = null, string? track = null) =>
        new { title, kind, place = new { type = "point", lon, lat }, start, end, recurrence = "hver tirsdag", organiser = "DAB", targetGroup = "beboere", status = "running", isNew = true, track };

    public static async Task<JsonElement> CreateActivityAsync(this HttpClient client, int project, object? body = null) =>
        await Json.ReadAsync(await client.PostAsJsonAsync($"/api/projects/{project}/activities", body ?? Activity()), HttpStatusCode.Created);

    public static async Task RegisterAsync(this HttpClient client, int project, int activity, string date, int participants, int newParticipants = 0) =>
        await Json.ReadAsync(await client.PostAsJsonAsync($"/api/projects/{project}/activities/{activity}/registrations", new { date, participants, newParticipants }), HttpStatusCode.Created);

    public static async Task<int> TargetAsync(this HttpClient client, int project, object body) =>
        (await Json.ReadAsync(await client.PostAsJsonAsync($"/api/projects/{project}/targets", body), HttpStatusCode.Created)).GetProperty("id").GetInt32();

    /// <summary>Asserts a 422 whose errors name <paramref name="field"/>.</summary>
    public static async Task<JsonElement> UnprocessableAsync(HttpResponseMessage response, string field)
    {
        var problem = await Json.ReadAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"errors do not name '{field}': {problem.GetProperty("errors")}");
        return problem;
    }
}
