using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Kortlaegning.Api.Tests.Workshops;

/// <summary>
/// Builds workshops for the tests: Esbjerg's Treenigheds parish (sogn 8907, seed 003) as the focus, opened, with
/// participants. Points come from PostGIS (a point on the parish surface) so they are inside by construction.
/// </summary>
internal sealed class WorkshopKit(PostGisFixture db)
{
    public HttpClient Client => db.Client;

    public sealed record Created(string Id, string JoinCode, string Key);

    public async Task<Created> CreateAsync(string status = "open", int? voteLimit = null, object? categories = null, string parish = "8907")
    {
        var body = new Dictionary<string, object?>
        {
            ["title"] = "Kortlægning i Treenigheds sogn",
            ["municipality"] = "561",
            ["date"] = "2026-03-14",
            ["focus"] = new { parishes = new[] { parish } },
            ["status"] = status,
        };
        if (voteLimit is not null) body["voteLimit"] = voteLimit;
        if (categories is not null) body["categories"] = categories;
        var created = await Json.ReadAsync(await Client.PostAsJsonAsync("/api/workshops", body), HttpStatusCode.Created);
        return new Created(created.GetProperty("id").GetString()!, created.GetProperty("joinCode").GetString()!, created.GetProperty("facilitatorKey").GetString()!);
    }

    /// <summary>Joins from a new device (a client of its own, so its device cookie is its own).</summary>
    public async Task<string> JoinAsync(Created w, string? nickname = null)
    {
        using var device = db.AnonymousClient();
        var joined = await Json.ReadAsync(await device.PostAsJsonAsync("/api/workshops/join", new { code = w.JoinCode.ToLowerInvariant(), nickname }), HttpStatusCode.Created);
        return joined.GetProperty("token").GetString()!;
    }

    /// <summary>A point on the parish surface, nudged by <paramref name="dx"/>/<paramref name="dy"/> metres (EPSG:25832).</summary>
    public async Task<double[]> PointAsync(double dx = 0, double dy = 0, string parish = "8907")
    {
        var wkt = await db.ScalarAsync<string>($"""
            SELECT ST_X(p)::text || ' ' || ST_Y(p)::text FROM (SELECT ST_Transform(ST_Translate(ST_PointOnSurface(geom), {dx}, {dy}), 4326) p
              FROM areas WHERE level = 'parish' AND code = '{parish}') q
            """);
        var xy = wkt.Split(' ');
        return [double.Parse(xy[0], System.Globalization.CultureInfo.InvariantCulture), double.Parse(xy[1], System.Globalization.CultureInfo.InvariantCulture)];
    }

    public static object Point(double[] lonLat) => new { type = "Point", coordinates = lonLat };

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, object? body = null, string? token = null, string? key = null)
    {
        var request = new HttpRequestMessage(method, url);
        if (body is not null) request.Content = JsonContent.Create(body);
        if (token is not null) request.Headers.Add("X-Participant-Token", token);
        if (key is not null) request.Headers.Add("X-Facilitator-Key", key);
        return Client.SendAsync(request);
    }

    public async Task<JsonElement> AddAsync(Created w, string token, object geometry, string category = "idea", string text = "Bænke ved stien", HttpStatusCode expected = HttpStatusCode.Created) =>
        await Json.ReadAsync(await SendAsync(HttpMethod.Post, $"/api/workshops/{w.Id}/annotations", new { category, text, geometry }, token), expected);

    public async Task<long> AddPointAsync(Created w, string token, string category = "idea", string text = "Bænke ved stien", double dx = 0, double dy = 0) =>
        (await AddAsync(w, token, Point(await PointAsync(dx, dy)), category, text)).GetProperty("id").GetInt64();

    public async Task<JsonElement> ListAsync(Created w, string? token = null, string? key = null) =>
        await Json.ReadAsync(await SendAsync(HttpMethod.Get, $"/api/workshops/{w.Id}/annotations", null, token, key), HttpStatusCode.OK);

    public static List<long> Ids(JsonElement collection) =>
        collection.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetInt64()).ToList();

    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await Json.ReadAsync(response, status);
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }
}
