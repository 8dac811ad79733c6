using System.Net;

namespace Kortlaegning.Api.Tests.Workshops;

[Collection(PostGisCollection.Name)]
public class WorkshopGeometryTests(PostGisFixture db)
{
    private readonly WorkshopKit _kit = new(db);

    [Fact]
    public async Task ItemsAreStoredIn25832AndServedAsGeoJsonIn4326()
    {
        var w = await _kit.CreateAsync();
        var token = await _kit.JoinAsync(w);
        var p = await _kit.PointAsync();
        var line = new { type = "LineString", coordinates = new[] { p, new[] { p[0] + 0.001, p[1] + 0.0005 } } };
        var feature = await _kit.AddAsync(w, token, line, "barrier", "Farlig krydsning");
        Assert.Equal("LineString", feature.GetProperty("geometry").GetProperty("type").GetString());
        Assert.Equal(p[0], feature.GetProperty("geometry").GetProperty("coordinates")[0][0].GetDouble(), 5);
        Assert.Contains("8907", feature.GetProperty("properties").GetProperty("areas").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(25832, await db.ScalarAsync<int>($"SELECT ST_SRID(geom) FROM workshop_annotations WHERE workshop_id = '{w.Id}'"));
    }

    [Fact]
    public async Task ASelfIntersectingPolygonIsRefusedWithPostGisReason()
    {
        var w = await _kit.CreateAsync();
        var token = await _kit.JoinAsync(w);
        var p = await _kit.PointAsync();
        double d = 0.001; // a bow-tie: the ring crosses itself
        var bowtie = new { type = "Polygon", coordinates = new[] { new[] { p, new[] { p[0] + d, p[1] + d }, new[] { p[0] + d, p[1] }, new[] { p[0], p[1] + d }, p } } };
        var problem = await WorkshopKit.ProblemAsync(await _kit.SendAsync(HttpMethod.Post, $"/api/workshops/{w.Id}/annotations", new { category = "idea", text = "x", geometry = bowtie }, token), HttpStatusCode.UnprocessableEntity);
        // PostGIS's reason ("Self-intersection[x y]") in the participant's Danish, with its place.
        Assert.Matches(@"^Figuren er ugyldig: kanterne skærer hinanden ved \([-0-9.]+ [-0-9.]+\)\.$", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task AnItemOutsideTheFocusAreaAndItsBufferIsRefused()
    {
        var w = await _kit.CreateAsync();
        var token = await _kit.JoinAsync(w);
        var copenhagen = new { type = "Point", coordinates = new[] { 12.5683, 55.6761 } };
        await WorkshopKit.ProblemAsync(await _kit.SendAsync(HttpMethod.Post, $"/api/workshops/{w.Id}/annotations", new { category = "idea", text = "x", geometry = copenhagen }, token), HttpStatusCode.UnprocessableEntity);
        Assert.Equal(0L, await db.ScalarAsync<long>($"SELECT count(*) FROM workshop_annotations WHERE workshop_id = '{w.Id}'"));
    }

    [Fact]
    public async Task AnItemJustOutsideTheParishButWithinTheBufferIsAccepted()
    {
        var w = await _kit.CreateAsync();
        var token = await _kit.JoinAsync(w);
        // A point 200 m outside the parish boundary (the buffer is 500 m).
        var lonLat = await db.ScalarAsync<string>("""
            SELECT ST_X(p)::text || ' ' || ST_Y(p)::text FROM (
              SELECT ST_Transform(ST_PointN(ST_ExteriorRing(ST_GeometryN(ST_Buffer(geom, 200), 1)), 1), 4326) p FROM areas WHERE level = 'parish' AND code = '8907') q
            """);
        var xy = lonLat.Split(' ').Select(s => double.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        await _kit.AddAsync(w, token, WorkshopKit.Point(xy));
    }

    [Fact]
    public async Task MoreThanAThousandVerticesAreRefusedBeforeTheDatabase()
    {
        var w = await _kit.CreateAsync();
        var token = await _kit.JoinAsync(w);
        var p = await _kit.PointAsync();
        var coords = Enumerable.Range(0, 1001).Select(i => new[] { p[0] + i * 1e-6, p[1] + (i % 2) * 1e-6 }).ToArray();
        var problem = await WorkshopKit.ProblemAsync(await _kit.SendAsync(HttpMethod.Post, $"/api/workshops/{w.Id}/annotations", new { category = "idea", text = "x", geometry = new { type = "LineString", coordinates = coords } }, token), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("1000", problem.GetProperty("detail").GetString());
        var ok = coords.Take(1000).ToArray();
        await _kit.AddAsync(w, token, new { type = "LineString", coordinates = ok });
    }

    [Theory]
    [InlineData("""{"type":"MultiPoint","coordinates":[[8.45,55.47]]}""")]
    [InlineData("""{"type":"Point","coordinates":[55.47]}""")]
    [InlineData("""{"type":"Point","coordinates":["8.45","55.47"]}""")]
    [InlineData("""{"type":"Point","coordinates":[845000,6147000]}""")]
    [InlineData("""{"type":"Polygon","coordinates":[[[8.45,55.47],[8.46,55.47],[8.45,55.47]]]}""")]
    [InlineData("""{"type":"Point"}""")]
    public async Task MalformedGeometryIsUnprocessable(string geometry)
    {
        var w = await _kit.CreateAsync();
        var token = await _kit.JoinAsync(w);
        var body = System.Text.Json.JsonDocument.Parse($$"""{"category":"idea","text":"x","geometry":{{geometry}}}""").RootElement;
        await WorkshopKit.ProblemAsync(await _kit.SendAsync(HttpMethod.Post, $"/api/workshops/{w.Id}/annotations", body, token), HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task BadFieldsAreListedTogether()
    {
        var w = await _kit.CreateAsync();
        var token = await _kit.JoinAsync(w);
        var problem = await WorkshopKit.ProblemAsync(await _kit.SendAsync(HttpMethod.Post, $"/api/workshops/{w.Id}/annotations", new { category = "Not A Key", text = new string('x', 1001) }, token), HttpStatusCode.BadRequest);
        var fields = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("category", fields);
        Assert.Contains("text", fields);
        await WorkshopKit.ProblemAsync(await _kit.SendAsync(HttpMethod.Post, $"/api/workshops/{w.Id}/annotations", new { category = "unknown_category", text = "x", geometry = WorkshopKit.Point(await _kit.PointAsync()) }, token), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task ASensitiveCategoryStoresAPointOnItsGrid()
    {
        var w = await _kit.CreateAsync();
        var token = await _kit.JoinAsync(w);
        var p = await _kit.PointAsync(dx: 37, dy: 61);
        var feature = await _kit.AddAsync(w, token, WorkshopKit.Point(p), "safety_concern", "Mørk sti om aftenen");
        Assert.True(feature.GetProperty("properties").GetProperty("blurred").GetBoolean());
        var id = feature.GetProperty("id").GetInt64();
        // Stored on the 100 m grid in EPSG:25832: the exact spot is never written.
        Assert.Equal(0.0, await db.ScalarAsync<double>($"SELECT (ST_X(geom)::numeric % 100 + ST_Y(geom)::numeric % 100)::float8 FROM workshop_annotations WHERE id = {id}"));
        Assert.True(await db.ScalarAsync<double>($"SELECT ST_Distance(geom, ST_Transform(ST_SetSRID(ST_MakePoint({p[0].ToString(System.Globalization.CultureInfo.InvariantCulture)}, {p[1].ToString(System.Globalization.CultureInfo.InvariantCulture)}), 4326), 25832)) FROM workshop_annotations WHERE id = {id}") > 1);
    }
}
