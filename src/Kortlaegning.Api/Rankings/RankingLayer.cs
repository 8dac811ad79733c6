using Kortlaegning.Api.Ogc.Files;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Kortlaegning.Api.Rankings;

/// <summary>
/// A ranking as a GIS layer (GeoPackage, FlatGeobuf, Shapefile): the columns of the ranking CSV (with English names,
/// as GIS columns are read by programs) on each area's full geometry in EPSG:25832, so a planner can style the score in QGIS.
/// </summary>
public static class RankingLayer
{
    private static readonly GisColumn[] Columns =
    [
        new("level", GisColumnType.Text), new("code", GisColumnType.Text), new("name", GisColumnType.Text),
        new("municipality_code", GisColumnType.Text, "muni_code"), new("score", GisColumnType.Real), new("rank", GisColumnType.Integer),
        new("quintile", GisColumnType.Integer), new("rank_p5", GisColumnType.Integer), new("rank_p95", GisColumnType.Integer),
        new("top_n_share", GisColumnType.Real, "top_n_shr"), new("flags", GisColumnType.Text), new("periods", GisColumnType.Text),
    ];

    public static async Task<GisLayer> BuildAsync(RankingResponse r, string name, RankingStore store, CancellationToken ct)
    {
        var geometry = await store.WkbAsync(r.Level, r.Areas.Select(a => a.Code).ToArray(), ct);
        var periods = string.Join(' ', r.Periods.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));
        var reader = new WKBReader();
        var features = r.Areas.Where(a => geometry.ContainsKey(a.Code)).Select(a => new GisFeature(reader.Read(geometry[a.Code]),
        [
            a.Level, a.Code, a.Name, a.MunicipalityCode, a.Score, a.Rank, a.Quintile, a.RankInterval?[0], a.RankInterval?[1], a.TopNShare,
            string.Join(' ', a.Flags), periods,
        ]));
        var weights = string.Join(", ", r.Weights.OrderBy(w => w.Key, StringComparer.Ordinal).Select(w => FormattableString.Invariant($"{w.Key} {w.Value:0.###}")));
        return new GisLayer("ranking", $"Kortlægning: {name} ({r.Method}; {weights})", Columns, features, OgcGeometryType.MultiPolygon);
    }
}
