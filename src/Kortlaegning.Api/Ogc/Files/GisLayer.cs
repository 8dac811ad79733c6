using NetTopologySuite.Geometries;

namespace Kortlaegning.Api.Ogc.Files;

public enum GisColumnType { Text, Real, Integer, Boolean }

/// <summary>
/// A column of a GIS download. <see cref="Name"/> is what GeoPackage and FlatGeobuf carry; <see cref="ShortName"/> the
/// at most 10 characters a Shapefile's DBF allows (the name itself when it fits).
/// </summary>
public sealed record GisColumn(string Name, GisColumnType Type, string? DbfName = null)
{
    public const int MaxDbfName = 10;

    public string ShortName => DbfName ?? Name;
}

/// <summary>One feature: its geometry (in <see cref="GisLayer.Srid"/>) and a value per column, null where empty.</summary>
public sealed record GisFeature(Geometry Geometry, object?[] Values);

/// <summary>
/// One table of features, the same for every download format (<see cref="GisFormats"/>): name, a description, typed
/// columns and the features, geometry in EPSG:25832 (the storage CRS, so nothing is reprojected on the way out) with
/// exterior rings counter-clockwise (RFC 7946; the Shapefile writer turns them for Esri).
/// </summary>
public sealed class GisLayer
{
    public const int Srid = 25832;

    /// <param name="whenEmpty">The type to declare when there are no features (areas: MultiPolygon); else it follows the features.</param>
    public GisLayer(string name, string description, IReadOnlyList<GisColumn> columns, IEnumerable<GisFeature> features, OgcGeometryType? whenEmpty = null)
    {
        var tooLong = columns.FirstOrDefault(c => c.ShortName.Length > GisColumn.MaxDbfName);
        if (tooLong is not null) throw new ArgumentException($"Column '{tooLong.Name}' needs a DBF name of at most {GisColumn.MaxDbfName} characters.", nameof(columns));
        var list = features.ToList();
        if (list.FirstOrDefault(f => f.Values.Length != columns.Count) is { } bad)
        {
            throw new ArgumentException($"A feature of '{name}' has {bad.Values.Length} values for {columns.Count} columns.", nameof(features));
        }
        Name = name;
        Description = description;
        Columns = columns;
        (Features, GeometryType) = Unify(list);
        if (list.Count == 0) GeometryType = whenEmpty;
    }

    public string Name { get; }
    public string Description { get; }
    public IReadOnlyList<GisColumn> Columns { get; }
    public IReadOnlyList<GisFeature> Features { get; }

    /// <summary>The one geometry type of every feature, or null when they differ (workshop items: points, lines and areas).</summary>
    public OgcGeometryType? GeometryType { get; }

    /// <summary>The extent of every geometry (a null envelope for no features).</summary>
    public Envelope Envelope
    {
        get
        {
            var e = new Envelope();
            foreach (var f in Features) e.ExpandToInclude(f.Geometry.EnvelopeInternal);
            return e;
        }
    }

    /// <summary>
    /// A layer whose geometries are polygons and multipolygons (or lines and multilines) is written as the multi type,
    /// each single promoted: GeoPackage and FlatGeobuf declare one type per table, and GIS clients then read one layer
    /// instead of splitting it.
    /// </summary>
    private static (IReadOnlyList<GisFeature>, OgcGeometryType?) Unify(List<GisFeature> features)
    {
        var types = features.Select(f => f.Geometry.OgcGeometryType).Distinct().ToList();
        if (types.Count <= 1) return (features, types.Count == 1 ? types[0] : null);
        var factory = new GeometryFactory(new PrecisionModel(), Srid);
        if (types.All(t => t is OgcGeometryType.Polygon or OgcGeometryType.MultiPolygon))
        {
            return (features.ConvertAll(f => f.Geometry is Polygon p ? f with { Geometry = factory.CreateMultiPolygon([p]) } : f), OgcGeometryType.MultiPolygon);
        }
        if (types.All(t => t is OgcGeometryType.LineString or OgcGeometryType.MultiLineString))
        {
            return (features.ConvertAll(f => f.Geometry is LineString l ? f with { Geometry = factory.CreateMultiLineString([l]) } : f), OgcGeometryType.MultiLineString);
        }
        return (features, null);
    }
}
