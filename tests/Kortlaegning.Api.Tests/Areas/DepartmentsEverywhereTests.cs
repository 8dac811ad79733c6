using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Kortlaegning.Api.Tests.Facilities;
using static Kortlaegning.Api.Tests.Indicators.OwnIndicatorTests;

namespace Kortlaegning.Api.Tests.Areas;

/// <summary>
/// Housing departments go where parishes go: a ranking of Odder's departments ("departments in 0727"), access to
/// facilities per department, planning demand from the departments' residents (× need), and a workshop focused on one.
/// </summary>
[Collection(PostGisCollection.Name)]
public class DepartmentsEverywhereTests(PostGisFixture db)
{
    /// <summary>Three illustrative departments in Odder town (0727) with entered residents, and one in Aarhus (0751).</summary>
    private async Task DepartmentsAsync()
    {
        using var planner = await db.ClientForAsync("planner-everywhere-0727@test.dk", "planner", "0727");
        foreach (var (code, dx, residents) in new[] { ("ew-1", 0.0, 200), ("ew-2", 0.004, 150), ("ew-3", 0.008, 120) })
        {
            await PutAsync(planner, code, 10.140 + dx, 55.970, $"\"name\":\"Illustrativ {code}\",\"residents\":{residents}");
        }
        await PutAsync(db.Client, "ew-aarhus", 10.20, 56.15, "\"name\":\"Illustrativ Aarhus\",\"residents\":90");
    }

    private static async Task PutAsync(HttpClient client, string code, double x, double y, string properties)
    {
        var body = FormattableString.Invariant($$$"""
            {"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[{{{x}}},{{{y}}}],[{{{x + 0.002}}},{{{y}}}],[{{{x + 0.002}}},{{{y + 0.001}}}],[{{{x}}},{{{y + 0.001}}}],[{{{x}}},{{{y}}}]]]},"properties":{{{{properties}}}}}
            """);
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/areas/housing_department/{code}") { Content = new StringContent(body, Encoding.UTF8, "application/geo+json") };
        request.Headers.TryAddWithoutValidation("If-Match", "*");
        var response = await client.SendAsync(request);
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, $"PUT {code}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        // Published, as access figures count published areas only (a new area is a draft).
        var publish = new HttpRequestMessage(HttpMethod.Put, $"/api/areas/housing_department/{code}/state") { Content = System.Net.Http.Json.JsonContent.Create(new { state = "published" }) };
        publish.Headers.TryAddWithoutValidation("If-Match", response.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(publish)).StatusCode);
    }

    private async Task<int> DepartmentPresetAsync()
    {
        using var planner = await db.ClientForAsync("planner-everywhere-0727@test.dk", "planner", "0727");
        var existing = await planner.PostAsJsonAsync("/api/indicators", Definition("odder.everywhere_need", municipality: "0727", unit: "percent", countBased: false));
        Assert.True(existing.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict);
        using var analyst = await db.ClientForAsync("analyst-everywhere-0727@test.dk", "analyst", "0727");
        await Json.ReadAsync(await analyst.PostAsync("/api/indicators/import", Csv(
            "odder.everywhere_need,housing_department,ew-1,2024,10,,,,\n" +
            "odder.everywhere_need,housing_department,ew-2,2024,30,,,,\n" +
            "odder.everywhere_need,housing_department,ew-3,2024,20,,,,\n")), HttpStatusCode.OK);
        var preset = await Json.ReadAsync(await db.Client.PostAsJsonAsync("/api/rankings/presets", new
        {
            name = $"Odders afdelinger (test {Guid.NewGuid():N})",
            author = "tests",
            body = new { level = "housing_department", scope = new { municipalities = new[] { "0727" } }, indicators = new[] { new { code = "odder.everywhere_need", weight = 1 } } },
        }), HttpStatusCode.Created);
        return preset.GetProperty("id").GetInt32();
    }

    [Fact]
    public async Task OdderDepartmentsRankWithinTheMunicipalityScope()
    {
        await DepartmentsAsync();
        await DepartmentPresetAsync();
        var ranking = await Json.ReadAsync(await db.Client.PostAsJsonAsync("/api/rankings", new
        {
            level = "housing_department",
            scope = new { municipalities = new[] { "0727" } },
            indicators = new[] { new { code = "odder.everywhere_need", weight = 1 } },
        }), HttpStatusCode.OK);
        Assert.Equal("housing_department", ranking.GetProperty("level").GetString());
        var areas = ranking.GetProperty("areas").EnumerateArray().ToList();
        Assert.All(areas, a => Assert.Equal("0727", a.GetProperty("municipalityCode").GetString()));
        Assert.DoesNotContain(areas, a => a.GetProperty("code").GetString() == "ew-aarhus");
        var ranked = areas.Where(a => a.GetProperty("rank").ValueKind == JsonValueKind.Number).Select(a => a.GetProperty("code").GetString()).ToList();
        Assert.Equal(["ew-2", "ew-3", "ew-1"], ranked.Where(c => c!.StartsWith("ew-")).ToList());
    }

    [Fact]
    public async Task AccessIsComputedPerDepartmentFromItsResidents()
    {
        await DepartmentsAsync();
        // A library inside ew-1: its residents have it within 1 km; the Aarhus department does not.
        await db.Client.CreateAsync(new { name = "ILLUSTRATIVE library in ew-1", type = "library", lon = 10.141, lat = 55.9705, state = "published" });
        try
        {
            var access = await db.Client.GetJsonAsync("/api/access?type=library&level=housing_department&municipality=0727&within=1000");
            Assert.Equal("housing_department", access.GetProperty("level").GetString());
            var rows = access.GetProperty("areas").EnumerateArray().ToDictionary(r => r.GetProperty("code").GetString()!);
            Assert.False(rows.ContainsKey("ew-aarhus"));
            Assert.InRange(rows["ew-1"].GetProperty("centreToNearestMetres").GetDouble(), 0, 80);
            Assert.Equal(100, rows["ew-1"].GetProperty("shareWithinPercent").GetDouble());
            Assert.Equal(200, rows["ew-1"].GetProperty("population").GetDouble());
            Assert.True(rows["ew-1"].GetProperty("score").GetDouble() > 0);
            Assert.True(rows["ew-3"].GetProperty("centreToNearestMetres").GetDouble() > rows["ew-1"].GetProperty("centreToNearestMetres").GetDouble());
        }
        finally
        {
            await db.Client.DeleteAllOfTypeAsync("library");
        }
    }

    [Fact]
    public async Task PlanningDemandFromDepartmentsUsesTheirResidentsTimesNeed()
    {
        await DepartmentsAsync();
        var plain = (await db.Client.GetJsonAsync("/api/plans/demand?municipality=0727&source=housing_departments")).GetProperty("points").EnumerateArray()
            .ToDictionary(p => p.GetProperty("id").GetString()!, p => p.GetProperty("weight").GetDouble());
        Assert.Equal(200, plain["ew-1"]);
        Assert.Equal(150, plain["ew-2"]);
        Assert.False(plain.ContainsKey("ew-aarhus"));

        int preset = await DepartmentPresetAsync();
        var needed = (await db.Client.GetJsonAsync($"/api/plans/demand?municipality=0727&source=housing_departments&needPresetId={preset}")).GetProperty("points").EnumerateArray()
            .ToDictionary(p => p.GetProperty("id").GetString()!, p => p.GetProperty("weight").GetDouble());
        // ew-2 has the most need: its weight doubles; ew-1 the least of the three.
        Assert.Equal(300, needed["ew-2"], 1e-3);
        Assert.True(needed["ew-1"] / plain["ew-1"] < needed["ew-3"] / plain["ew-3"]);
        // A department preset cannot weight parish demand.
        await Json.ReadAsync(await db.Client.GetAsync($"/api/plans/demand?municipality=0727&source=parishes&needPresetId={preset}"), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task AWorkshopCanFocusOnADepartment()
    {
        await DepartmentsAsync();
        var created = await Json.ReadAsync(await db.Client.PostAsJsonAsync("/api/workshops", new
        {
            title = "Kortlægning i afdeling ew-1 (test)",
            municipality = "0727",
            date = "2026-03-14",
            focus = new { housingDepartments = new[] { "ew-1" } },
            status = "open",
        }), HttpStatusCode.Created);
        var view = await db.Client.GetJsonAsync($"/api/workshops/{created.GetProperty("id").GetString()}");
        Assert.Contains(view.GetProperty("areas").EnumerateArray(), a => a.GetProperty("code").GetString() == "ew-1" && a.GetProperty("focus").GetBoolean());

        var unknown = await Json.ReadAsync(await db.Client.PostAsJsonAsync("/api/workshops", new
        {
            title = "X",
            municipality = "0727",
            date = "2026-03-14",
            focus = new { housingDepartments = new[] { "no-such-afd" } },
        }), HttpStatusCode.BadRequest);
        Assert.Contains("no-such-afd", unknown.GetProperty("errors").GetProperty("focus.housingDepartments")[0].GetString());
    }
}
