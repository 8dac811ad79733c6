using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Kortlaegning.Api.Tests.Rankings;

[Collection(PostGisCollection.Name)]
public class RankingsApiTests(PostGisFixture db)
{
    private readonly HttpClient _client = db.Client;

    private async Task<JsonElement> RankAsync(object body, HttpStatusCode expected = HttpStatusCode.OK) =>
        await Json.ReadAsync(await _client.PostAsJsonAsync("/api/rankings", body), expected);

    private static List<string> Codes(JsonElement ranking) =>
        ranking.GetProperty("areas").EnumerateArray().Select(a => a.GetProperty("code").GetString()!).ToList();

    [Fact]
    public async Task TheFiveApplicantMunicipalitiesRankBySmokingWorstFirst()
    {
        var ranking = await RankAsync(new
        {
            level = "municipality",
            period = "2021",
            method = "zscore",
            scope = new { municipalities = new[] { "461", "727", "740", "561", "851" } },
            indicators = new[] { new { code = "sp.daily_smokers", weight = 1 } },
        });
        // Ordered by the 2021 daily-smoker share itself, highest (most need) first.
        var smokers = (await _client.GetJsonAsync("/api/indicators/sp.daily_smokers/values?level=municipality&period=2021"))
            .GetProperty("values").EnumerateArray()
            .Where(v => new[] { "0461", "0727", "0740", "0561", "0851" }.Contains(v.GetProperty("code").GetString()))
            .OrderByDescending(v => v.GetProperty("value").GetDouble()).Select(v => v.GetProperty("code").GetString()!).ToList();
        Assert.Equal(smokers, Codes(ranking));
        Assert.Equal(5, ranking.GetProperty("n").GetInt32());
        Assert.Equal("2021", ranking.GetProperty("periods").GetProperty("sp.daily_smokers").GetString());
    }

    [Fact]
    public async Task HighIsGoodIndicatorsAreFlippedSoTheHealthiestRankLast()
    {
        var ranking = await RankAsync(new
        {
            level = "municipality",
            period = "2021",
            indicators = new[] { new { code = "sp.good_self_rated_health", weight = 1 } },
        });
        var areas = ranking.GetProperty("areas").EnumerateArray().ToList();
        // 99 municipalities; Christiansø has no health-profile value, so it comes last without a rank.
        Assert.Equal(99, areas.Count);
        Assert.Equal(JsonValueKind.Null, areas[^1].GetProperty("rank").ValueKind);
        var values = areas.Where(a => a.GetProperty("rank").ValueKind == JsonValueKind.Number)
            .Select(a => a.GetProperty("values").GetProperty("sp.good_self_rated_health").GetDouble()).ToList();
        Assert.Equal(values.Order(), values);
    }

    [Fact]
    public async Task ChangingAWeightReordersTheRanking()
    {
        object Body(int smokingWeight, int drinkingWeight) => new
        {
            level = "municipality",
            period = "2021",
            method = "percentile",
            indicators = new object[] { new { code = "sp.daily_smokers", weight = smokingWeight }, new { code = "sp.heavy_drinking", weight = drinkingWeight } },
        };
        var smoking = Codes(await RankAsync(Body(10, 1)));
        var drinking = Codes(await RankAsync(Body(1, 10)));
        Assert.NotEqual(smoking.Take(5), drinking.Take(5));
    }

    [Fact]
    public async Task SensitivityIsReproducibleForTheSameSeed()
    {
        object Body(int seed) => new
        {
            level = "municipality",
            period = "2021",
            topN = 10,
            indicators = new object[] { new { code = "sp.daily_smokers", weight = 1 }, new { code = "sp.unhealthy_diet", weight = 1 }, new { code = "sp.physically_inactive", weight = 2 } },
            sensitivity = new { draws = 500, seed },
        };
        var a = await RankAsync(Body(7));
        var b = await RankAsync(Body(7));
        Assert.Equal(a.GetProperty("areas").GetRawText(), b.GetProperty("areas").GetRawText());
        var top = a.GetProperty("areas")[0];
        Assert.Equal(2, top.GetProperty("rankInterval").GetArrayLength());
        Assert.InRange(top.GetProperty("topNShare").GetDouble(), 0.5, 1.0);
    }

    [Fact]
    public async Task EveryBadFieldIsNamedInOneAnswer()
    {
        var problem = await RankAsync(new
        {
            level = "shire",
            method = "average",
            indicators = new object[] { new { code = "no.such", weight = 1 }, new { code = "sp.daily_smokers", weight = 0 } },
            sensitivity = new { draws = 100_001 },
        }, HttpStatusCode.BadRequest);
        var fields = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Superset(new HashSet<string> { "level", "method", "indicators[0].code", "indicators[1].weight", "sensitivity.draws" }, fields);
    }

    [Theory]
    [InlineData("""{"level":"municipality","indicators":[]}""", "indicators")]
    // Life expectancy is published by municipality only (and no test uploads it for parishes).
    [InlineData("""{"level":"parish","indicators":[{"code":"dst.life_expectancy","weight":1}]}""", "indicators[0].code")]
    [InlineData("""{"level":"municipality","period":"1999","indicators":[{"code":"sp.daily_smokers","weight":1}]}""", "indicators[0].period")]
    [InlineData("""{"level":"municipality","scope":{"municipalities":[]},"indicators":[{"code":"sp.daily_smokers","weight":1}]}""", "scope.municipalities")]
    [InlineData("""{"level":"municipality","indicators":[{"code":"sp.daily_smokers","weight":"NaN"}]}""", null)]
    public async Task BadRequestsAreProblems(string body, string? field)
    {
        var response = await _client.PostAsync("/api/rankings", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var problem = await Json.ReadAsync(response, HttpStatusCode.BadRequest);
        if (field is not null) Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.GetRawText());
    }

    [Fact]
    public async Task ShippedPresetsRunAndExportAsChoroplethGeoJson()
    {
        var presets = await _client.GetJsonAsync("/api/rankings/presets");
        Assert.True(presets.GetArrayLength() >= 3);
        foreach (var preset in presets.EnumerateArray())
        {
            var id = preset.GetProperty("id").GetInt32();
            var geo = await _client.GetJsonAsync($"/api/rankings/presets/{id}/result?format=geojson");
            var first = geo.GetProperty("features")[0];
            Assert.Equal(1, first.GetProperty("properties").GetProperty("rank").GetInt32());
            Assert.Equal(5, first.GetProperty("properties").GetProperty("quintile").GetInt32());
            Assert.NotEqual(JsonValueKind.Null, first.GetProperty("geometry").ValueKind);
        }
        var csv = await _client.GetStringAsync($"/api/rankings/presets/{presets[0].GetProperty("id").GetInt32()}/result?format=csv");
        Assert.StartsWith("niveau,kode,navn,kommunekode,score,rang,kvintil", csv); // Danish by default (LanguageTests: English)
    }

    [Fact]
    public async Task APresetIsSavedOnlyWhenItRuns()
    {
        var name = $"Test preset {Guid.NewGuid():N}";
        var bad = await _client.PostAsJsonAsync("/api/rankings/presets", new { name, author = "test", body = new { level = "municipality", indicators = Array.Empty<object>() } });
        var problem = await Json.ReadAsync(bad, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("body.indicators", out _));

        var good = await _client.PostAsJsonAsync("/api/rankings/presets", new
        {
            name,
            author = "Odder sundhedsteam",
            description = "Smoking only",
            body = new { level = "municipality", period = "2021", indicators = new[] { new { code = "sp.daily_smokers", weight = 1 } } },
        });
        Assert.Equal(HttpStatusCode.Created, good.StatusCode);
        var again = await _client.PostAsJsonAsync("/api/rankings/presets", new { name, author = "x", body = new { level = "municipality", period = "2021", indicators = new[] { new { code = "sp.daily_smokers", weight = 1 } } } });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        await _client.ProblemAsync("/api/rankings/presets/999999/result", HttpStatusCode.NotFound);
    }
}
