using System.ComponentModel.DataAnnotations;

namespace Kortlaegning.Api.Network;

/// <summary>Street-network settings, bound from the "Network" section (appsettings.json shows each default).</summary>
public sealed class NetworkOptions
{
    public const string Section = "Network";

    /// <summary>
    /// Farthest a point (a 1 km grid cell's centre, a housing department, a candidate) may lie from the nearest street and
    /// still be reached, metres; the stretch to the street is added to its distances. Farther points are reported unreachable.
    /// </summary>
    [Range(0, 5_000)]
    public double SnapMetres { get; set; } = 500;

    /// <summary>An import with <c>--municipality</c> keeps the ways within this many metres of the municipality's boundary.</summary>
    [Range(0, 50_000)]
    public double ClipBufferMetres { get; set; } = 2_000;

    /// <summary>osm2pgrouting (Debian osm2pgrouting) and osmium (osmium-tool, for .osm.pbf) executables.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Osm2pgrouting { get; set; } = "osm2pgrouting";

    [Required(AllowEmptyStrings = false)]
    public string Osmium { get; set; } = "osmium";

    /// <summary>ogr2ogr (GDAL) turns a GeoPackage of lines into GeoJSON for the import.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Ogr2ogr { get; set; } = "ogr2ogr";

    /// <summary>Folder with mapconfig-walk.xml and mapconfig-bike.xml (the tags that make a way walkable or cyclable).</summary>
    [Required(AllowEmptyStrings = false)]
    public string MapConfigDir { get; set; } = "data/network";
}
