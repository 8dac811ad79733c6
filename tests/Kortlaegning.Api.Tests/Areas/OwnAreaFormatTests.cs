using System.Net;
using Kortlaegning.Api.Tests.Areas.Files;

namespace Kortlaegning.Api.Tests.Areas;

/// <summary>One import per file format, each from files made by <see cref="IllustrativeDepartments"/> (illustrative, not real departments).</summary>
[Collection(PostGisCollection.Name)]
public class OwnAreaFormatTests(PostGisFixture db)
{
    private readonly HttpClient _client = db.Client;

    private Task<long> CountAsync(string prefix) =>
        db.ScalarAsync<long>($"SELECT count(*) FROM areas WHERE level = 'housing_department' AND code LIKE '{prefix}-%'");

    [Fact]
    public async Task AGeoPackageImportsDepartmentsWithTheirFacts()
    {
        var departments = IllustrativeDepartments.Generate(12, "gpkg", seed: 1);
        var answer = await Json.ReadAsync(await _client.ImportAsync("level=housing_department&codeField=AFD&nameField=NAVN&mapping=organisation:ORG",
            DepartmentFiles.GeoPackage(departments), OwnAreaClient.GeoPackage), HttpStatusCode.OK);
        Assert.Equal("GeoPackage", answer.GetProperty("format").GetString());
        Assert.Equal("afdelinger", answer.GetProperty("layer").GetString());
        Assert.StartsWith("EPSG:25832", answer.GetProperty("crs").GetString());
        Assert.Equal(12, answer.GetProperty("inserted").GetInt32());
        Assert.Equal(12, await CountAsync("gpkg"));

        var one = await _client.GetJsonAsync("/api/areas/housing_department/gpkg-3");
        var facts = one.GetProperty("properties").GetProperty("facts");
        Assert.Equal(departments[2].Homes, facts.GetProperty("homes").GetInt32());
        Assert.Equal(departments[2].Organisation, facts.GetProperty("organisation").GetString());
        Assert.Equal(departments[2].Board, facts.GetProperty("board").GetBoolean());
        Assert.Equal("0727", one.GetProperty("properties").GetProperty("municipalityCode").GetString());
        Assert.Contains(one.GetProperty("properties").GetProperty("parents").EnumerateArray(), p => p.GetProperty("level").GetString() == "parish");
    }

    [Fact]
    public async Task AZippedShapefileIsReprojectedFromItsPrj()
    {
        var departments = IllustrativeDepartments.Generate(5, "shp", seed: 2);
        var answer = await Json.ReadAsync(await _client.ImportAsync("level=housing_department&codeField=AFD&nameField=NAVN",
            DepartmentFiles.ShapefileZip(departments), OwnAreaClient.Zip), HttpStatusCode.OK);
        Assert.Contains("ProjNet", answer.GetProperty("crs").GetString());
        Assert.Equal(5, await CountAsync("shp"));
        // Back in EPSG:25832 the square has its size again (to a few cm²): the .prj reprojection was right.
        var size = departments[0].Outline.Area / 1e6;
        Assert.Equal(size, await db.ScalarAsync<double>("SELECT ST_Area(geom) / 1e6 FROM areas WHERE code = 'shp-1'"), 4);
        Assert.True(await db.ScalarAsync<double>("SELECT ST_Distance(ST_Centroid(geom), ST_SetSRID(ST_MakePoint(" +
            FormattableString.Invariant($"{departments[0].Outline.Centroid.X}, {departments[0].Outline.Centroid.Y}") + "), 25832)) FROM areas WHERE code = 'shp-1'") < 0.5);
    }

    [Fact]
    public async Task ACsvOfLonLatPointsGivesSmallCircleDepartments()
    {
        var departments = IllustrativeDepartments.Generate(4, "csvp", seed: 3);
        var answer = await Json.ReadAsync(await _client.ImportAsync("level=housing_department&codeField=AFD&nameField=NAVN",
            DepartmentFiles.CsvPoints(departments), OwnAreaClient.Csv), HttpStatusCode.OK);
        Assert.All(answer.GetProperty("areas").EnumerateArray(), a => Assert.True(a.GetProperty("point").GetBoolean()));
        Assert.Equal(4, await CountAsync("csvp"));
        // A 25 m circle: π·25² ≈ 1,960 m².
        Assert.InRange(await db.ScalarAsync<double>("SELECT ST_Area(geom) FROM areas WHERE code = 'csvp-1'"), 1900, 1970);
    }

    [Fact]
    public async Task ACsvWithWktTakesTheGivenSrid()
    {
        var departments = IllustrativeDepartments.Generate(3, "csvw", seed: 4);
        await Json.ReadAsync(await _client.ImportAsync("level=housing_department&codeField=AFD&nameField=NAVN&srid=25832",
            DepartmentFiles.CsvWkt(departments), OwnAreaClient.Csv), HttpStatusCode.OK);
        Assert.Equal(3, await CountAsync("csvw"));
    }

    [Fact]
    public async Task GeoJsonDepartmentsAreListedWithTheirFactsAndTiled()
    {
        var departments = IllustrativeDepartments.Generate(3, "gj", seed: 5);
        await Json.ReadAsync(await _client.ImportAsync("level=housing_department&codeField=AFD&nameField=NAVN",
            DepartmentFiles.GeoJson(departments), OwnAreaClient.GeoJson), HttpStatusCode.OK);
        var list = await _client.GetJsonAsync("/api/areas?level=housing_department&municipality=0727");
        var listed = list.GetProperty("features").EnumerateArray().Single(f => f.GetProperty("properties").GetProperty("code").GetString() == "gj-2");
        Assert.Equal(departments[1].Homes, listed.GetProperty("properties").GetProperty("facts").GetProperty("homes").GetInt32());

        var collection = await _client.GetJsonAsync("/ogc/collections");
        Assert.Contains(collection.GetProperty("collections").EnumerateArray(), c => c.GetProperty("id").GetString() == "housing_department");

        // The zoom 14 tile holding the first department (Web Mercator tile numbering) draws it.
        var c = departments[0].Outline.Centroid;
        var (lon, lat) = Kortlaegning.Domain.Spatial.Crs.ToLonLat(new Kortlaegning.Domain.Distance.PlanarPoint(c.X, c.Y));
        int x = (int)((lon + 180) / 360 * (1 << 14));
        int y = (int)((1 - Math.Log(Math.Tan(lat * Math.PI / 180) + 1 / Math.Cos(lat * Math.PI / 180)) / Math.PI) / 2 * (1 << 14));
        var tile = await _client.GetAsync($"/tiles/housing_departments/14/{x}/{y}.mvt");
        Assert.Equal(HttpStatusCode.OK, tile.StatusCode);
        Assert.Contains("gj-1", System.Text.Encoding.UTF8.GetString(await tile.Content.ReadAsByteArrayAsync()));
    }
}
