using System.Net;
using System.Text.Json;

namespace Kortlaegning.Api.Tests.Facilities;

/// <summary>
/// Access measures end to end on the real 1 km grid, checked against the same quantities computed independently in SQL
/// (population-weighted centres and cell-centre distances), with facilities placed by hand.
/// </summary>
[Collection(PostGisCollection.Name)]
public class FacilitiesAccessTests(PostGisFixture db)
{
    private readonly HttpClient _client = db.Client;

    /// <summary>Per Aalborg parish: distance from the population-weighted centre and share (%) of residents within 1 km, to the nearer of two points.</summary>
    private const string Expected = """
        WITH pts AS (
          SELECT a.code, ST_Centroid(c.geom) AS p, c.population * g.share AS w
            FROM grid_cell_areas g JOIN grid_cells c ON c.id = g.cell_id JOIN areas a ON a.id = g.area_id
           WHERE a.level = 'parish' AND a.municipality_code = '0851' AND c.population > 0),
        f AS (SELECT ST_Transform(ST_SetSRID(ST_MakePoint(lon, lat), 4326), 25832) AS g FROM (VALUES ({0}), ({1})) v(lon, lat))
        SELECT code,
               (SELECT min(ST_Distance(ST_SetSRID(ST_MakePoint(sum(w * ST_X(p)) / sum(w), sum(w * ST_Y(p)) / sum(w)), 25832), f.g)) FROM f),
               100 * sum(w) FILTER (WHERE (SELECT min(ST_Distance(p, f.g)) FROM f) <= 1000) / sum(w)
          FROM pts GROUP BY code
        """;

    [Fact]
    public async Task AnAreaWithoutAGpGetsTheDistanceToTheNearestElsewhereAndNoneWithin1Km()
    {
        // Aalborg SØ has no GP practice (seed 004). Two hand-placed GP clinics in Aalborg's centre and Nørresundby.
        (double Lon, double Lat) a = (9.9187, 57.0488), b = (9.9230, 57.0600);
        await _client.CreateAsync(new { name = "ILLUSTRATIVE GP A", type = "gp_clinic", lon = a.Lon, lat = a.Lat, capacity = 4, state = "published" });
        await _client.CreateAsync(new { name = "ILLUSTRATIVE GP B", type = "gp_clinic", lon = b.Lon, lat = b.Lat, capacity = 2, state = "published" });
        try
        {
            var access = await _client.GetJsonAsync("/api/access?type=gp_clinic&level=parish&municipality=0851&within=1000");
            Assert.Equal(2, access.GetProperty("facilities").GetInt32());
            Assert.Equal("euclidean", access.GetProperty("distance").GetString());
            var rows = access.GetProperty("areas").EnumerateArray().ToDictionary(r => r.GetProperty("code").GetString()!);

            var expected = new Dictionary<string, (double Distance, double Share)>();
            await using (var conn = new Npgsql.NpgsqlConnection(db.ConnectionString))
            {
                await conn.OpenAsync();
                var sql = string.Format(System.Globalization.CultureInfo.InvariantCulture, Expected, $"{a.Lon}::float8, {a.Lat}::float8", $"{b.Lon}, {b.Lat}");
                await using var cmd = new Npgsql.NpgsqlCommand(sql, conn);
                await using var r = await cmd.ExecuteReaderAsync();
                while (await r.ReadAsync()) expected[r.GetString(0)] = (r.GetDouble(1), r.IsDBNull(2) ? 0 : r.GetDouble(2));
            }
            Assert.True(expected.Count > 20, $"{expected.Count} Aalborg parishes with residents");
            foreach (var (code, e) in expected)
            {
                var row = rows[code];
                Assert.Equal(e.Distance, row.GetProperty("centreToNearestMetres").GetDouble(), 0.51);
                Assert.Equal(e.Share, row.GetProperty("shareWithinPercent").GetDouble(), 0.011);
            }
            // Most Aalborg parishes have neither clinic within 1 km of anyone, yet each still gets a finite distance.
            var without = expected.Where(kv => kv.Value.Share == 0).Select(kv => kv.Key).ToList();
            Assert.NotEmpty(without);
            Assert.All(without, code => Assert.True(rows[code].GetProperty("centreToNearestMetres").GetDouble() > 1000));
        }
        finally
        {
            await _client.DeleteAllOfTypeAsync("gp_clinic");
        }
    }

    [Fact]
    public async Task TwoStepFloatingCatchmentScoresShareOutTheCapacityAndNoMore()
    {
        // One pharmacy of capacity 500 on Bornholm (Rønne), catchment 20 km: every resident in reach shares it, so
        // Σ population × score / 1,000 over all parishes equals its capacity (supply is redistributed, not created).
        await _client.CreateAsync(new { name = "ILLUSTRATIVE pharmacy", type = "pharmacy", lon = 14.70, lat = 55.10, capacity = 500, state = "published" });
        try
        {
            var access = await _client.GetJsonAsync("/api/access?type=pharmacy&level=parish&catchment=20000");
            double total = 0, hidden = 0;
            foreach (var row in access.GetProperty("areas").EnumerateArray())
            {
                if (row.GetProperty("score").ValueKind != JsonValueKind.Number) continue;
                if (row.GetProperty("population").ValueKind == JsonValueKind.Number)
                {
                    total += row.GetProperty("population").GetDouble() * row.GetProperty("score").GetDouble() / 1000;
                }
                else if (row.GetProperty("score").GetDouble() > 0) hidden++;
            }
            Assert.Equal(0, hidden);
            Assert.InRange(total, 499, 501);
            Assert.Contains("2SFCA", access.GetProperty("methodNote").GetString());
            Assert.Equal(20000, access.GetProperty("catchmentMetres").GetDouble());
        }
        finally
        {
            await _client.DeleteAllOfTypeAsync("pharmacy");
        }
    }

    [Fact]
    public async Task StoredAccessIndicatorsFollowEveryFacilityWrite()
    {
        var (id, etag, _) = await _client.CreateAsync(new { name = "ILLUSTRATIVE health centre", type = "health_centre", lon = 9.9187, lat = 57.0488, capacity = 10, state = "published" });
        try
        {
            var catalogue = await _client.GetJsonAsync("/api/indicators/access.health_centre.distance");
            Assert.Equal(["municipality", "parish"], catalogue.GetProperty("levels").EnumerateArray().Select(l => l.GetString()!).Order().ToArray());
            Assert.Equal("low_is_good", catalogue.GetProperty("polarity").GetString());

            async Task<JsonElement> Aalborg(string indicator) => (await _client.GetJsonAsync($"/api/indicators/{indicator}/values?level=municipality&period=current"))
                .GetProperty("values").EnumerateArray().Single(v => v.GetProperty("code").GetString() == "0851");
            var live = (await _client.GetJsonAsync("/api/access?type=health_centre&level=municipality&municipality=0851")).GetProperty("areas")[0];
            Assert.Equal(live.GetProperty("centreToNearestMetres").GetDouble(), (await Aalborg("access.health_centre.distance")).GetProperty("value").GetDouble());
            Assert.Equal(live.GetProperty("score").GetDouble(), (await Aalborg("access.health_centre.2sfca")).GetProperty("value").GetDouble(), 4);

            // Move it 2 km east: the stored distance changes in the same request.
            var before = (await Aalborg("access.health_centre.distance")).GetProperty("value").GetDouble();
            var request = new HttpRequestMessage(HttpMethod.Put, $"/api/facilities/{id}")
            {
                Content = System.Net.Http.Json.JsonContent.Create(new { name = "ILLUSTRATIVE health centre", type = "health_centre", lon = 9.95, lat = 57.0488, capacity = 10 }),
            };
            request.Headers.TryAddWithoutValidation("If-Match", etag);
            Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(request)).StatusCode);
            Assert.NotEqual(before, (await Aalborg("access.health_centre.distance")).GetProperty("value").GetDouble());

            // A draft is not counted until it is published (access figures are published figures): nothing moves.
            var moved = (await Aalborg("access.health_centre.distance")).GetProperty("value").GetDouble();
            await _client.CreateAsync(new { name = "ILLUSTRATIVE draft health centre", type = "health_centre", lon = 9.9187, lat = 57.0488, capacity = 10 });
            Assert.Equal(moved, (await Aalborg("access.health_centre.distance")).GetProperty("value").GetDouble());
        }
        finally
        {
            await _client.DeleteAllOfTypeAsync("health_centre");
        }
        // With none left: no distance (noted), nobody within 1 km, score 0.
        var distance = (await _client.GetJsonAsync("/api/indicators/access.health_centre.distance/values?level=municipality&period=current")).GetProperty("values")[0];
        Assert.Equal(JsonValueKind.Null, distance.GetProperty("value").ValueKind);
        Assert.Equal("no_facility", distance.GetProperty("note").GetString());
        var share = (await _client.GetJsonAsync("/api/indicators/access.health_centre.share_within_1000/values?level=municipality&period=current")).GetProperty("values")[0];
        Assert.Equal(0, share.GetProperty("value").GetDouble());
    }

    [Fact]
    public async Task AccessParametersAreChecked()
    {
        await _client.ProblemAsync("/api/access", HttpStatusCode.BadRequest, "type");
        await _client.ProblemAsync("/api/access?type=gp_clinic&level=region", HttpStatusCode.BadRequest, "level");
        await _client.ProblemAsync("/api/access?type=gp_clinic&within=-5", HttpStatusCode.BadRequest, "within");
        await _client.ProblemAsync("/api/access?type=gp_clinic&catchment=1e9", HttpStatusCode.BadRequest, "catchment");
    }
}
