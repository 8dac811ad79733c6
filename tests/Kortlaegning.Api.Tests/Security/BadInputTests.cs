using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Kortlaegning.Api.Tests.Security;

/// <summary>Issue 18: bad input is a 4xx ProblemDetails naming what is wrong, never a 500; cost limits before work.</summary>
[Collection(PostGisCollection.Name)]
public class BadInputTests(PostGisFixture db)
{
    private readonly HttpClient _client = db.Client;

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, params HttpStatusCode[] allowed)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(allowed.Contains(response.StatusCode), $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body).RootElement;
    }

    private static bool Names(JsonElement problem, string field) =>
        (problem.TryGetProperty("errors", out var e) && e.TryGetProperty(field, out _))
        || (problem.TryGetProperty("parameter", out var p) && p.GetString() == field);

    [Theory]
    [InlineData("/api/facilities?text=%00", "text")]
    [InlineData("/api/facilities?type=a%01b", "type")]
    [InlineData("/api/areas?level=parish&q=%00", "q")]
    [InlineData("/api/indicators?level=%1F", "level")]
    public async Task AControlCharacterInTheQueryIs400NamingTheField(string url, string field)
    {
        var problem = await ProblemAsync(await _client.GetAsync(url), HttpStatusCode.BadRequest);
        Assert.True(Names(problem, field), problem.ToString());
    }

    [Fact]
    public async Task ANulInAJsonNameIs400NamingTheField()
    {
        var response = await _client.PostAsJsonAsync("/api/rankings/presets", new { name = "a\u0000b", author = "x\u0000", body = new { level = "municipality" } });
        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(Names(problem, "name") || Names(problem, "$.name"), problem.ToString());
    }

    [Theory]
    [InlineData("""{"geometry":{"type":1}}""")]
    [InlineData("""{"geometry":{"type":"Polygon","coordinates":[[[[[1]]]]]}}""")]
    [InlineData("""{"geometry":{"type":"Polygon","coordinates":[[[10.0,56.0],[10.1,56.0],[10.1,56.1],[10.0,56.1]]]}}""")]
    [InlineData("""{"geometry":{"type":"Polygon","coordinates":"x"}}""")]
    [InlineData("""{"geometry":{"type":"MultiPolygon","coordinates":[1,[2],[[3]]]}}""")]
    [InlineData("""{"geometry":{"type":"Polygon","coordinates":[[[1e400,56],[10,56],[10,57],[1e400,56]]]}}""")]
    [InlineData("""{"geometry":[]}""")]
    public async Task AMalformedEstimatePolygonIs4xx(string body)
    {
        var response = await _client.PostAsync("/api/areas/estimate", new StringContent(body, Encoding.UTF8, "application/json"));
        await ProblemAsync(response, HttpStatusCode.BadRequest, HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task AnUnclosedEstimateRingIs422()
    {
        var body = """{"geometry":{"type":"Polygon","coordinates":[[[10.0,56.0],[10.1,56.0],[10.1,56.1],[10.0,56.1]]]}}""";
        await ProblemAsync(await _client.PostAsync("/api/areas/estimate", new StringContent(body, Encoding.UTF8, "application/json")), HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task AHugeEstimatePolygonIs422BeforeTheDatabase()
    {
        // 9,000 vertices on a 2° × 1.5° box over Jutland (about 20,000 km²): under the vertex limit, over the area limit.
        var ring = new List<double[]>();
        for (int i = 0; i < 9000; i++)
        {
            double t = i / 9000.0 * 4;
            ring.Add(t < 1 ? [8.5 + 2 * t, 55.5] : t < 2 ? [10.5, 55.5 + 1.5 * (t - 1)] : t < 3 ? [10.5 - 2 * (t - 2), 57] : [8.5, 57 - 1.5 * (t - 3)]);
        }
        ring.Add(ring[0]);
        var started = DateTime.UtcNow;
        var problem = await ProblemAsync(await _client.PostAsJsonAsync("/api/areas/estimate", new { geometry = new { type = "Polygon", coordinates = new[] { ring } } }), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("km²", problem.ToString());
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(5));
    }

    [Theory]
    [InlineData("""{"type":1}""")]
    [InlineData("""{"type":"FeatureCollection","features":[[1,2],[3,[4]]]}""")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"afd":"x"},"geometry":{"type":"Polygon","coordinates":[[[[1]]]]}}]}""")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"afd":"x"},"geometry":{"type":"Polygon","coordinates":[[[10.0,56.0],[10.1,56.0],[10.1,56.1]]]}}]}""")]
    [InlineData("""{"type":"FeatureCollection","features":{"a":1}}""")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","properties":[1],"geometry":7}]}""")]
    public async Task AMalformedAreaImportIs4xx(string body)
    {
        var response = await _client.PostAsync("/api/areas/import?level=housing_department&codeField=afd", new StringContent(body, Encoding.UTF8, "application/geo+json"));
        await ProblemAsync(response, HttpStatusCode.BadRequest, HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task SixteenConcurrentPresetsOfOneNameGiveOneCreatedAndConflicts()
    {
        var name = $"Race {Guid.NewGuid():N}";
        var body = new { name, author = "test", body = new { level = "municipality", period = "2021", indicators = new[] { new { code = "sp.daily_smokers", weight = 1 } } } };
        var answers = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => _client.PostAsJsonAsync("/api/rankings/presets", body)));
        var codes = answers.Select(a => (int)a.StatusCode).ToList();
        Assert.True(codes.All(c => c is 201 or 409), string.Join(",", codes));
        Assert.Equal(1, codes.Count(c => c == 201));
    }

    [Fact]
    public async Task ATimeLimitAboveTheCapIs422NamingTheCap()
    {
        var body = new { objective = "mclp", k = 1, radiusMetres = 500, timeLimitSeconds = 600, demand = new[] { new { id = "d", lon = 10.2, lat = 55.9, weight = 1 } }, candidates = new[] { new { id = "c", lon = 10.2, lat = 55.9 } } };
        var problem = await ProblemAsync(await _client.PostAsJsonAsync("/api/plans/solve", body), HttpStatusCode.UnprocessableEntity, HttpStatusCode.BadRequest);
        Assert.True(Names(problem, "timeLimitSeconds"), problem.ToString());
        Assert.Contains("30", problem.GetProperty("errors").GetProperty("timeLimitSeconds")[0].GetString());
    }

    [Fact]
    public async Task AnOverlongUrlIs414ProblemDetails()
    {
        await ProblemAsync(await _client.GetAsync("/api/facilities?text=" + new string('a', 20_000)), HttpStatusCode.RequestUriTooLong);
    }

    [Fact]
    public async Task JoinLinksIgnoreTheHostHeader()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/workshops")
        {
            Content = JsonContent.Create(new { title = "Host test", municipality = "561", date = "2026-03-14", focus = new { parishes = new[] { "8907" } }, status = "open" }),
        };
        request.Headers.Host = "evil.example";
        var created = await _client.SendAsync(request);
        var text = await created.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.DoesNotContain("evil.example", text);
    }
}
