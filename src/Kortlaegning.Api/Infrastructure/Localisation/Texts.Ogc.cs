namespace Kortlaegning.Api.Infrastructure.Localisation;

/// <summary>The OGC API and vector tiles: parameters, collections, tile addresses. Parameter names and values stay as sent.</summary>
public static partial class Texts
{
    public static readonly Text UnknownQueryParameter = T("ogc.unknown_parameter", "Ukendt parameter '{0}'; denne ressource tager: {1}.", "Unknown query parameter '{0}'; this resource takes: {1}.");
    public static readonly Text FormatNotServed = T("ogc.format_not_served", "'{0}' er ikke et format, der leveres her; f=json (GeoJSON for objekter) eller f=html.", "'{0}' is not a format served here; f=json (GeoJSON for features) or f=html.");
    public static readonly Text NoCollectionListed = T("ogc.no_collection_listed", "Samlingen '{0}' findes ikke; GET /ogc/collections viser dem.", "No collection '{0}'; GET /ogc/collections lists them.");
    public static readonly Text NoCollection = T("ogc.no_collection", "Samlingen '{0}' findes ikke.", "No collection '{0}'.");
    public static readonly Text NoFeature = T("ogc.no_feature", "Objektet '{0}' findes ikke i '{1}'.", "No feature '{0}' in '{1}'.");
    public static readonly Text NotAProperty = T("ogc.not_a_property", "'{0}' er ikke en egenskab; en af: {1}.", "'{0}' is not a property; one of: {1}.");
    public static readonly Text FilterCrsNeedsFilter = T("ogc.filter_crs_needs_filter", "filter-crs kræver filter.", "filter-crs needs filter.");
    public static readonly Text NotAnIntegerFromTo = T("ogc.not_integer", "'{0}' er ikke et heltal fra {1} til {2}.", "'{0}' is not an integer from {1} to {2}.");
    public static readonly Text CannotSortBy = T("ogc.cannot_sort_by", "Der kan ikke sorteres efter '{0}'; en af: {1}.", "'{0}' cannot be sorted by; one of: {1}.");
    public static readonly Text UnsupportedCrs = T("ogc.unsupported_crs", "'{0}' er ikke et understøttet koordinatsystem; et af: {1}.", "'{0}' is not a supported CRS; one of: {1}.");
    public static readonly Text NotLatLonBox = T("ogc.not_latlon_box", "'{0}' er ikke minLat,minLon,maxLat,maxLon (aksernes rækkefølge i EPSG:4326) med min < max.", "'{0}' is not minLat,minLon,maxLat,maxLon (EPSG:4326 axis order) with min < max.");
    public static readonly Text NotXyBox = T("ogc.not_xy_box", "'{0}' er ikke minX,minY,maxX,maxY i {1} med min < max.", "'{0}' is not minX,minY,maxX,maxY in {1} with min < max.");
    public static readonly Text FilterLangUnsupported = T("ogc.filter_lang_unsupported", "'{0}' understøttes ikke; filter-lang=cql2-text (standard) gør.", "'{0}' is not supported; filter-lang=cql2-text (the default) is.");
    public static readonly Text FilterLangNeedsFilter = T("ogc.filter_lang_needs_filter", "filter-lang kræver filter.", "filter-lang needs filter.");
    public static readonly Text NotCql2 = T("ogc.not_cql2", "Ikke CQL2-tekst: {0}", "Not CQL2 text: {0}");
    public static readonly Text NoTileMatrixSet = T("ogc.no_tile_matrix_set", "Flisesættet '{0}' findes ikke; fliserne er i {1}.", "No tile matrix set '{0}'; the tiles are in {1}.");
    public static readonly Text NoVectorTiles = T("ogc.no_vector_tiles", "Samlingen '{0}' har ingen vektorfliser; områdesamlinger med et fliselag: {1}.", "No vector tiles for collection '{0}'; area collections with a tile layer: {1}.");

    // Vector tiles (/tiles).
    public static readonly Text NoTileLayer = T("tiles.no_layer", "Fliselaget '{0}' findes ikke; et af: {1}.", "No tile layer '{0}'; one of: {1}.");
    public static readonly Text LayerNoTable = T("tiles.layer_no_table", "Laget '{0}' har endnu ingen datatabel.", "The '{0}' layer has no data table yet.");
    public static readonly Text LayerNoIndicator = T("tiles.layer_no_indicator", "Laget '{0}' har ingen indikatorværdier; de findes for områdelag.", "The '{0}' layer has no indicator values; they are for area layers.");
    public static readonly Text ZoomOutside = T("tiles.zoom_outside", "Zoom {0} ligger uden for 0–{1}.", "Zoom {0} is outside 0–{1}.");
    public static readonly Text ColumnOutside = T("tiles.column_outside", "Kolonne {0} ligger uden for 0–{1} ved zoom {2}.", "Column {0} is outside 0–{1} at zoom {2}.");
    public static readonly Text RowOutside = T("tiles.row_outside", "Række {0} ligger uden for 0–{1} ved zoom {2}.", "Row {0} is outside 0–{1} at zoom {2}.");
}
