using Kortlaegning.Api.Ogc.Files;
using Microsoft.AspNetCore.Http.HttpResults;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Kortlaegning.Api.Workshops;

/// <summary>
/// The facilitator's GIS export (<c>export.gpkg</c>, <c>.fgb</c>, <c>.shp.zip</c>): every item with its geometry as drawn
/// — points, lines and areas in one GeoPackage or FlatGeobuf layer, one Shapefile per kind — and the CSV's fields. Like
/// every export it holds no participant: items are anonymous. Published items only unless <c>include=all</c>.
/// </summary>
internal static class WorkshopGisExport
{
    private static readonly GisColumn[] Columns =
    [
        new("id", GisColumnType.Integer), new("category", GisColumnType.Text), new("category_label", GisColumnType.Text, "cat_label"),
        new("text", GisColumnType.Text), new("status", GisColumnType.Text), new("votes", GisColumnType.Integer),
        new("areas", GisColumnType.Text), new("blurred", GisColumnType.Boolean), new("merged_into", GisColumnType.Integer, "merged_to"),
        new("created_at", GisColumnType.Text, "created"),
    ];

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> FileAsync(
        GisFormat format, Guid id, string? include, WorkshopStore store, GisFiles files, CancellationToken ct)
    {
        if (!WorkshopExports.TryInclude(include, out var all, out var problem)) return problem!;
        var reader = new WKBReader();
        var features = (await store.ExportRowsAsync(id, all, ct)).Select(r => new GisFeature(reader.Read(r.Wkb),
        [
            r.Id, r.Category, r.Label, r.Text, r.Status, r.Votes, r.Areas, r.Blurred, r.MergedInto,
            r.CreatedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
        ]));
        var layer = new GisLayer("workshop_items", $"Kortlægning: workshop {id:N}", Columns, features, OgcGeometryType.Point);
        return await files.FileAsync(format, layer, $"workshop-{id:N}", ct);
    }
}
