using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Kortlaegning.Api.Tests.Accounts;

/// <summary>
/// Issue 13: "a municipality's own data is visible anonymously only where it is marked published". Odder's planner (0727)
/// makes an own indicator with a value, a facility and a housing department; each starts as a draft. Anonymous callers
/// and Esbjerg's planner find none of it — not in lists, single reads, the areas at a point, OGC items, rankings,
/// values, tiles or downloads — while Odder's planner sees all of it. After PUT …/state (audited) everyone does.
/// </summary>
[Collection(PostGisCollection.Name)]
public sealed class DraftOwnDataTests(PostGisFixture db)
{
    // A small square in Odder town (0727).
    private const double Lon = 10.153, Lat = 55.973;
    private const string Department = "draft-afd-1", DepartmentName = "ILLUSTRATIV Kladdeafdeling", Indicator = "odder.kladde", FacilityName = "ILLUSTRATIV Kladdehus";

    private static string Square(string properties) => FormattableString.Invariant(
        $$$"""{"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[{{{Lon}}},{{{Lat}}}],[{{{Lon + 0.002}}},{{{Lat}}}],[{{{Lon + 0.002}}},{{{Lat + 0.001}}}],[{{{Lon}}},{{{Lat + 0.001}}}],[{{{Lon}}},{{{Lat}}}]]]},"properties":{{{{properties}}}}}""");

    private static HttpRequestMessage Request(HttpMethod method, string url, HttpContent? content, string? ifMatch)
    {
        var request = new HttpRequestMessage(method, url) { Content = content };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }

    private static HttpRequestMessage Publish(string url, string etag) => Request(HttpMethod.Put, url, JsonContent.Create(new { state = "published" }), etag);

    /// <summary>What a reader can find of the three drafts, one flag per place they could show up.</summary>
    private static async Task<Dictionary<string, bool>> WhatCanBeSeenAsync(HttpClient client, int facilityId)
    {
        var (tx, ty) = Tile(14, Lon + 0.001, Lat + 0.0005);
        async Task<string> Text(string url) => await (await client.GetAsync(url)).Content.ReadAsStringAsync();
        async Task<byte[]> Bytes(string url) => await (await client.GetAsync(url)).Content.ReadAsByteArrayAsync();
        var ranking = await client.PostAsJsonAsync("/api/rankings", new { level = "housing_department", indicators = new[] { new { code = Indicator, weight = 1 } }, scope = new { municipalities = new[] { "0727" } } });
        return new()
        {
            ["indicator list"] = (await Text("/api/indicators")).Contains(Indicator, StringComparison.Ordinal),
            ["indicator"] = (await client.GetAsync($"/api/indicators/{Indicator}")).StatusCode == HttpStatusCode.OK,
            ["values"] = (await client.GetAsync($"/api/indicators/{Indicator}/values?level=housing_department&period=2025")).StatusCode == HttpStatusCode.OK,
            ["facility list"] = (await Text("/api/facilities?municipality=0727")).Contains(FacilityName, StringComparison.Ordinal),
            ["facility"] = (await client.GetAsync($"/api/facilities/{facilityId}")).StatusCode == HttpStatusCode.OK,
            ["facility tile"] = Contains(await Bytes($"/tiles/facilities/14/{tx}/{ty}.mvt"), FacilityName),
            ["area list"] = (await Text("/api/areas?level=housing_department&municipality=0727")).Contains(Department, StringComparison.Ordinal),
            ["area"] = (await client.GetAsync($"/api/areas/housing_department/{Department}")).StatusCode == HttpStatusCode.OK,
            ["area profile"] = (await client.GetAsync($"/api/areas/housing_department/{Department}/profile")).StatusCode == HttpStatusCode.OK,
            ["areas at point"] = (await Text(FormattableString.Invariant($"/api/areas/at?lon={Lon + 0.001}&lat={Lat + 0.0005}"))).Contains(Department, StringComparison.Ordinal),
            ["ogc items"] = (await Text("/ogc/collections/housing_department/items?limit=1000")).Contains(Department, StringComparison.Ordinal),
            ["ogc indicator items"] = (await Text($"/ogc/collections/indicator:{Indicator}:housing_department/items?limit=1000")).Contains(Department, StringComparison.Ordinal),
            ["area tile"] = Contains(await Bytes($"/tiles/housing_departments/14/{tx}/{ty}.mvt"), DepartmentName),
            ["ranking"] = ranking.IsSuccessStatusCode && (await ranking.Content.ReadAsStringAsync()).Contains(Department, StringComparison.Ordinal),
            ["download"] = Contains(await Bytes("/api/downloads/housing_department.gpkg"), DepartmentName),
        };
    }

    private static bool Contains(byte[] haystack, string text) => haystack.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;

    /// <summary>The slippy-map tile holding a lon/lat (OSM's formula).</summary>
    private static (int X, int Y) Tile(int z, double lon, double lat)
    {
        double n = 1 << z, rad = lat * Math.PI / 180;
        return ((int)((lon + 180) / 360 * n), (int)((1 - Math.Log(Math.Tan(rad) + 1 / Math.Cos(rad)) / Math.PI) / 2 * n));
    }

    [Fact]
    public async Task OwnDataIsADraftOnlyItsOwnersPlannersSeeUntilItIsPublished()
    {
        using var odder = await db.ClientForAsync("planner-odder@drafts.test", "planner", "0727");
        using var esbjerg = await db.ClientForAsync("planner-esbjerg@drafts.test", "planner", "0561");
        using var anonymous = db.AnonymousClient();

        var indicator = await odder.PostAsJsonAsync("/api/indicators", new
        {
            code = Indicator,
            name = new { da = "Kladdeindikator (illustrativ)", en = "Draft indicator (illustrative)" },
            unit = "count",
            polarity = "no_judgement",
            definition = "Illustrative.",
            source = new { name = "Odder Kommune (test)" },
            municipality = "0727",
            illustrative = true,
        });
        Assert.Equal("draft", (await Json.ReadAsync(indicator, HttpStatusCode.Created)).GetProperty("state").GetString());
        var area = await odder.SendAsync(Request(HttpMethod.Put, $"/api/areas/housing_department/{Department}",
            new StringContent(Square($"\"name\":\"{DepartmentName}\",\"homes\":40,\"illustrative\":true"), Encoding.UTF8, "application/geo+json"), "*"));
        Assert.Equal("draft", (await Json.ReadAsync(area, HttpStatusCode.Created)).GetProperty("properties").GetProperty("state").GetString());
        var csv = $"indicator,level,area_code,period,value,numerator,denominator,ci_low,ci_high\n{Indicator},housing_department,{Department},2025,12,,,,\n";
        Assert.Equal(HttpStatusCode.OK, (await odder.PostAsync("/api/indicators/import", new StringContent(csv, Encoding.UTF8, "text/csv"))).StatusCode);
        var facility = await Json.ReadAsync(await odder.PostAsJsonAsync("/api/facilities", new { name = FacilityName, type = "library", lon = Lon + 0.001, lat = Lat + 0.0005, illustrative = true }), HttpStatusCode.Created);
        Assert.Equal("draft", facility.GetProperty("properties").GetProperty("state").GetString());
        int facilityId = facility.GetProperty("properties").GetProperty("id").GetInt32();

        var own = await WhatCanBeSeenAsync(odder, facilityId);
        Assert.All(own, p => Assert.True(p.Value, $"Odder's planner should see the draft in: {p.Key}"));
        foreach (var (who, client) in new[] { ("anonymous", anonymous), ("Esbjerg's planner", esbjerg) })
        {
            var seen = await WhatCanBeSeenAsync(client, facilityId);
            Assert.All(seen, p => Assert.False(p.Value, $"{who} should not see Odder's draft in: {p.Key}"));
        }
        // Nor can anyone else publish it.
        Assert.Equal(HttpStatusCode.Forbidden, (await esbjerg.SendAsync(Publish($"/api/facilities/{facilityId}/state", "\"v1\""))).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await odder.SendAsync(Publish($"/api/indicators/{Indicator}/state", "\"v1\""))).StatusCode);
        // A published indicator does not publish the draft area it has a value for.
        var collection = await anonymous.GetStringAsync($"/ogc/collections/indicator:{Indicator}:housing_department/items?limit=1000");
        Assert.DoesNotContain(Department, collection, StringComparison.Ordinal);
        var areaETag = (await odder.GetAsync($"/api/areas/housing_department/{Department}")).Headers.ETag!.Tag;
        Assert.Equal(HttpStatusCode.OK, (await odder.SendAsync(Publish($"/api/areas/housing_department/{Department}/state", areaETag))).StatusCode);
        var published = await Json.ReadAsync(await odder.SendAsync(Publish($"/api/facilities/{facilityId}/state", "\"v1\"")), HttpStatusCode.OK);
        Assert.Equal("published", published.GetProperty("properties").GetProperty("state").GetString());
        Assert.Equal(3, await db.ScalarAsync<long>(
            $"SELECT count(*) FROM audit_log WHERE action = 'publish' AND municipality = '0727' AND entity_id IN ('{Indicator}', 'housing_department:{Department}', '{facilityId}')"));

        var now = await WhatCanBeSeenAsync(anonymous, facilityId);
        Assert.All(now, p => Assert.True(p.Value, $"Once published, anonymous callers should see it in: {p.Key}"));
    }

    [Fact]
    public async Task AStateMustBeDraftOrPublished()
    {
        using var odder = await db.ClientForAsync("planner-odder@drafts.test", "planner", "0727");
        var created = await Json.ReadAsync(await odder.PostAsJsonAsync("/api/facilities", new { name = "ILLUSTRATIV tilstand", type = "library", lon = Lon, lat = Lat, state = "published" }), HttpStatusCode.Created);
        Assert.Equal("published", created.GetProperty("properties").GetProperty("state").GetString());
        int id = created.GetProperty("properties").GetProperty("id").GetInt32();
        var bad = await odder.SendAsync(Request(HttpMethod.Put, $"/api/facilities/{id}/state", JsonContent.Create(new { state = "public" }), "\"v1\""));
        var problem = await Json.ReadAsync(bad, HttpStatusCode.BadRequest);
        Assert.Equal(JsonValueKind.Array, problem.GetProperty("errors").GetProperty("state").ValueKind);
        Assert.Equal(HttpStatusCode.PreconditionRequired, (await odder.SendAsync(Request(HttpMethod.Put, $"/api/facilities/{id}/state", JsonContent.Create(new { state = "draft" }), null))).StatusCode);
    }
}
