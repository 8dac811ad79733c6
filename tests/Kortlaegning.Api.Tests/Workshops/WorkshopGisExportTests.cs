using System.IO.Compression;
using Kortlaegning.Api.Tests.Areas;

namespace Kortlaegning.Api.Tests.Workshops;

/// <summary>Issue 16: workshop items as GeoPackage, FlatGeobuf and zipped Shapefile, with their geometry as drawn, read by GDAL.</summary>
[Collection(PostGisCollection.Name)]
public class WorkshopGisExportTests(PostGisFixture db)
{
    private readonly WorkshopKit _kit = new(db);

    private async Task<string> DownloadAsync(WorkshopKit.Created w, string path, string mediaType, string suffix)
    {
        var response = await _kit.SendAsync(HttpMethod.Get, $"/api/workshops/{w.Id}/{path}", key: w.Key);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.IsSuccessStatusCode, System.Text.Encoding.UTF8.GetString(bytes));
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        var file = Path.Combine(Path.GetTempPath(), $"kortlaegning-{Guid.NewGuid():N}{suffix}");
        await File.WriteAllBytesAsync(file, bytes);
        return file;
    }

    [Fact]
    public async Task PointsLinesAndAreasComeOutAsDrawn()
    {
        var w = await _kit.CreateAsync();
        var token = await _kit.JoinAsync(w);
        var p = await _kit.PointAsync();
        await _kit.AddPointAsync(w, token, "meeting_place", "Fælleshuset – mødested");
        await _kit.AddAsync(w, token, new { type = "LineString", coordinates = new[] { p, new[] { p[0] + 0.001, p[1] + 0.0005 } } }, "idea", "Sti langs åen");
        double d = 0.0008;
        await _kit.AddAsync(w, token, new { type = "Polygon", coordinates = new[] { new[] { p, new[] { p[0] + d, p[1] }, new[] { p[0] + d, p[1] + d }, new[] { p[0], p[1] + d }, p } } }, "idea", "Grønt område");

        var gpkg = await DownloadAsync(w, "export.gpkg", "application/geopackage+sqlite3", ".gpkg");
        var fgb = await DownloadAsync(w, "export.fgb", "application/flatgeobuf", ".fgb");
        var shp = await DownloadAsync(w, "export.shp.zip", "application/zip", ".zip");
        try
        {
            foreach (var file in new[] { gpkg, fgb })
            {
                var summary = GdalClient.OgrInfo("-ro", "-so", file, "workshop_items");
                Assert.Contains("Feature Count: 3", summary);
                Assert.Contains("ETRS89 / UTM zone 32N", summary);
                var all = GdalClient.OgrInfo("-ro", file, "workshop_items");
                Assert.Contains("POINT (", all);
                Assert.Contains("LINESTRING (", all);
                Assert.Contains("POLYGON ((", all);
                Assert.Contains("text (String) = Fælleshuset – mødested", all);
                Assert.Contains("category_label (String) = ", all);
            }
            using (var zip = ZipFile.OpenRead(shp))
            {
                Assert.Equal(["workshop_items_lines.shp", "workshop_items_points.shp", "workshop_items_polygons.shp"],
                    zip.Entries.Select(e => e.Name).Where(n => n.EndsWith(".shp", StringComparison.Ordinal)).Order());
            }
            Assert.Contains("Feature Count: 1", GdalClient.OgrInfo("-ro", "-so", "/vsizip/" + shp, "workshop_items_polygons"));
        }
        finally
        {
            File.Delete(gpkg);
            File.Delete(fgb);
            File.Delete(shp);
        }
    }

    [Fact]
    public async Task TheExportNeedsTheFacilitatorKey()
    {
        var w = await _kit.CreateAsync();
        var response = await _kit.SendAsync(HttpMethod.Get, $"/api/workshops/{w.Id}/export.fgb");
        Assert.False(response.IsSuccessStatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
