using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kortlaegning.Api.Tests.Facilities;
using static Kortlaegning.Api.Tests.Planning.ScenarioClient;

namespace Kortlaegning.Api.Tests.Planning;

[Collection(PostGisCollection.Name)]
public class PlanScenarioApiTests(PostGisFixture db)
{
    private readonly HttpClient _client = db.Client;

    [Fact]
    public async Task AnEsbjergScenarioIsCreatedRunAndComparedWithALargerOne()
    {
        int a = (await _client.CreateScenarioAsync(Esbjerg("Esbjerg: two spots", 2))).Id;
        int b = (await _client.CreateScenarioAsync(Esbjerg("Esbjerg: three spots, Torvet fixed", 3, ["c1"]))).Id;

        // Not run yet: nothing to compare.
        await Json.ReadAsync(await _client.GetAsync($"/api/plans/compare?a={a}&b={b}"), HttpStatusCode.Conflict);

        var ra = await _client.RunScenarioAsync(a);
        var rb = await _client.RunScenarioAsync(b);
        Assert.Equal(2, ra.GetProperty("selected").GetArrayLength());
        Assert.Equal("c1", rb.GetProperty("selected")[0].GetString());
        Assert.Equal(3, rb.GetProperty("sites").GetArrayLength());
        // Grid demand of the whole municipality: its grid population (the indicator sums the same cells × shares).
        var population = (await _client.GetJsonAsync("/api/indicators/grid.population/values?level=municipality"))
            .GetProperty("values").EnumerateArray().First(v => v.GetProperty("code").GetString() == "0561").GetProperty("value").GetDouble();
        Assert.Equal(population, ra.GetProperty("totalWeight").GetDouble(), population * 1e-6);
        Assert.True(ra.GetProperty("coveredWeight").GetDouble() > 0);
        Assert.True(ra.GetProperty("demandCount").GetInt32() > 100);

        var stored = await _client.GetJsonAsync($"/api/plans/scenarios/{a}");
        Assert.Equal(ra.GetProperty("selected").GetRawText(), stored.GetProperty("result").GetProperty("selected").GetRawText());
        Assert.Equal("grid", stored.GetProperty("demand").GetProperty("source").GetString());
        var list = await _client.GetJsonAsync("/api/plans/scenarios?municipality=0561");
        Assert.Contains(list.EnumerateArray(), s => s.GetProperty("id").GetInt32() == b);

        var cmp = await _client.GetJsonAsync($"/api/plans/compare?a={a}&b={b}");
        double coveredA = cmp.GetProperty("a").GetProperty("coveredWeight").GetDouble();
        double coveredB = cmp.GetProperty("b").GetProperty("coveredWeight").GetDouble();
        Assert.True(coveredB >= coveredA, $"three spots cover {coveredB}, two {coveredA}");
        // Same demand on both sides, so the difference in coverage is exactly gained minus lost.
        double gained = cmp.GetProperty("newlyCoveredWeight").GetDouble(), lost = cmp.GetProperty("noLongerCoveredWeight").GetDouble();
        Assert.Equal(coveredB - coveredA, gained - lost, 1e-6 * population);
        int shared = cmp.GetProperty("shared").GetArrayLength();
        Assert.Equal(2, shared + cmp.GetProperty("onlyA").GetArrayLength());
        Assert.Equal(3, shared + cmp.GetProperty("onlyB").GetArrayLength());
    }

    [Fact]
    public async Task AScenarioSentWithTheOldRadiusMetersIsStoredAndAnsweredAsRadiusMetres()
    {
        var body = new
        {
            name = "Esbjerg: old spelling",
            municipality = "0561",
            demand = new { source = "grid" },
            candidates = EsbjergCandidates,
            parameters = new { objective = "mclp", k = 1, radiusMeters = 700 },
        };
        int id = (await _client.CreateScenarioAsync(body)).Id;
        var stored = await _client.GetJsonAsync($"/api/plans/scenarios/{id}");
        Assert.Equal(700, stored.GetProperty("parameters").GetProperty("radiusMetres").GetDouble());
        Assert.False(stored.GetProperty("parameters").TryGetProperty("radiusMeters", out _));
        var run = await _client.RunScenarioAsync(id);
        Assert.Equal(700, run.GetProperty("radiusMetres").GetDouble());
        Assert.False(run.TryGetProperty("radiusMeters", out _));
    }

    [Fact]
    public async Task ASecondScenarioWithTheSameNameInTheMunicipalityIsAConflict()
    {
        await _client.CreateScenarioAsync(Esbjerg("Esbjerg: name taken", 1));
        await Json.ReadAsync(await _client.PostAsJsonAsync("/api/plans/scenarios", Esbjerg("Esbjerg: name taken", 2)), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task AScenarioIsCheckedWhenCreated()
    {
        var body = new
        {
            name = "",
            municipality = "9999",
            demand = new { source = "rooftops" },
            candidates = new[] { new { id = "c1", lon = 30.0, lat = 55.47 } },
            @fixed = new[] { "c7" },
            parameters = new { objective = "mclp", k = 1, radiusMetres = 800 },
        };
        var problem = await Json.ReadAsync(await _client.PostAsJsonAsync("/api/plans/scenarios", body), HttpStatusCode.BadRequest);
        var fields = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Superset(new HashSet<string> { "name", "municipality", "demand.source" }, fields);

        var valid = Esbjerg("Esbjerg: bad k", 9, ["c7"]);
        problem = await Json.ReadAsync(await _client.PostAsJsonAsync("/api/plans/scenarios", valid), HttpStatusCode.BadRequest);
        fields = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Superset(new HashSet<string> { "parameters.k", "fixed[0]" }, fields);
    }

    [Fact]
    public async Task UnknownScenariosAre404()
    {
        await Json.ReadAsync(await _client.GetAsync("/api/plans/scenarios/999999"), HttpStatusCode.NotFound);
        await Json.ReadAsync(await _client.PostAsync("/api/plans/scenarios/999999/run", null), HttpStatusCode.NotFound);
        await Json.ReadAsync(await _client.GetAsync("/api/plans/compare?a=999998&b=999999"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task UploadedPointsAreADemandSource()
    {
        int id = (await _client.CreateScenarioAsync(new
        {
            name = "Esbjerg: uploaded",
            municipality = "0561",
            demand = new { source = "points", points = new[] { new { id = "p1", lon = 8.452, lat = 55.469, weight = 40.0 }, new { id = "p2", lon = 8.60, lat = 55.55, weight = 10.0 } } },
            candidates = EsbjergCandidates,
            parameters = new { objective = "mclp", k = 1, radiusMetres = 800 },
        })).Id;
        var r = await _client.RunScenarioAsync(id);
        Assert.Equal("c1", r.GetProperty("selected")[0].GetString());
        Assert.Equal(40, r.GetProperty("coveredWeight").GetDouble(), 6);
        Assert.Equal(50, r.GetProperty("totalWeight").GetDouble(), 6);
    }

    [Fact]
    public async Task OdderDemandOnTheGridAddsUpToItsGridPopulation()
    {
        var population = (await _client.GetJsonAsync("/api/indicators/grid.population/values?level=municipality"))
            .GetProperty("values").EnumerateArray().First(v => v.GetProperty("code").GetString() == "0727").GetProperty("value").GetDouble();
        var grid = await _client.GetJsonAsync("/api/plans/demand?municipality=727&source=grid");
        Assert.Equal("0727", grid.GetProperty("municipality").GetString());
        var points = grid.GetProperty("points").EnumerateArray().ToList();
        Assert.InRange(points.Count, 50, 400);
        Assert.Equal(population, points.Sum(p => p.GetProperty("weight").GetDouble()), population * 1e-4);
        Assert.Equal(points.Count, points.Select(p => p.GetProperty("id").GetString()).Distinct().Count());
        Assert.All(points, p =>
        {
            Assert.InRange(p.GetProperty("lon").GetDouble(), 9.9, 10.6); // Tunø and Hou lie east of 10.4
            Assert.InRange(p.GetProperty("lat").GetDouble(), 55.8, 56.1);
        });

        var parishes = await _client.GetJsonAsync("/api/plans/demand?municipality=0727&source=parishes");
        var parishPoints = parishes.GetProperty("points").EnumerateArray().ToList();
        Assert.InRange(parishPoints.Count, 5, 30);
        Assert.Equal(population, parishPoints.Sum(p => p.GetProperty("weight").GetDouble()), population * 0.05);
    }

    [Fact]
    public async Task NeedWeightingRaisesWeightsByAtMostDouble()
    {
        var preset = await Json.ReadAsync(await _client.PostAsJsonAsync("/api/rankings/presets", new
        {
            name = "Odder sogne efter tæthed (test)",
            author = "tests",
            body = new { level = "parish", scope = new { municipalities = new[] { "0727" } }, indicators = new[] { new { code = "grid.density", weight = 1 } } },
        }), HttpStatusCode.Created);
        int presetId = preset.GetProperty("id").GetInt32();
        var plain = (await _client.GetJsonAsync("/api/plans/demand?municipality=0727&source=parishes")).GetProperty("points").EnumerateArray()
            .ToDictionary(p => p.GetProperty("id").GetString()!, p => p.GetProperty("weight").GetDouble());
        var needed = (await _client.GetJsonAsync($"/api/plans/demand?municipality=0727&source=parishes&needPresetId={presetId}")).GetProperty("points").EnumerateArray()
            .ToDictionary(p => p.GetProperty("id").GetString()!, p => p.GetProperty("weight").GetDouble());
        Assert.Equal(plain.Keys.Order(), needed.Keys.Order());
        Assert.All(plain, kv => Assert.InRange(needed[kv.Key], kv.Value - 1e-3, 2 * kv.Value + 1e-3));
        // The densest parish has the most need by this preset: its weight doubles.
        Assert.Contains(plain, kv => kv.Value > 0 && Math.Abs(needed[kv.Key] - 2 * kv.Value) < 2e-3);

        await Json.ReadAsync(await _client.GetAsync("/api/plans/demand?municipality=0727&source=parishes&needPresetId=999999"), HttpStatusCode.BadRequest);
        await Json.ReadAsync(await _client.GetAsync("/api/plans/demand?municipality=0727&source=roads"), HttpStatusCode.BadRequest);
        await Json.ReadAsync(await _client.GetAsync("/api/plans/demand?municipality=0001"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task FacilitiesFlaggedAsCandidateSpotsAndFixedExistingSpotsJoinAScenario()
    {
        var (spot, _, _) = await _client.CreateAsync(new { name = "ILLUSTRATIVE planning candidate", type = "library", lon = 8.4525, lat = 55.4685, candidateSpot = true });
        var (existing, _, _) = await _client.CreateAsync(new { name = "ILLUSTRATIVE existing spot", type = "library", lon = 8.470, lat = 55.480 });
        int id = (await _client.CreateScenarioAsync(new
        {
            name = "Esbjerg: facilities",
            municipality = "0561",
            demand = new { source = "grid" },
            candidates = Array.Empty<object>(),
            candidateFacilities = true,
            @fixed = new[] { $"facility:{existing}" },
            parameters = new { objective = "mclp", k = 2, radiusMetres = 800 },
        })).Id;
        var r = await _client.RunScenarioAsync(id);
        var selected = r.GetProperty("selected").EnumerateArray().Select(s => s.GetString()).ToList();
        Assert.Equal($"facility:{existing}", selected[0]);
        Assert.Contains($"facility:{spot}", selected);
        Assert.Equal("ILLUSTRATIVE existing spot", r.GetProperty("sites")[0].GetProperty("name").GetString());
    }
}
