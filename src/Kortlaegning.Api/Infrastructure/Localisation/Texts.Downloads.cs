namespace Kortlaegning.Api.Infrastructure.Localisation;

/// <summary>What the GIS downloads (GeoPackage, FlatGeobuf, Shapefile) answer when asked wrongly.</summary>
public static partial class Texts
{
    public static readonly Text DownloadNoLevel = T("download.no_level", "Niveauet '{0}' findes ikke; et af: {1}.", "No level '{0}'; one of: {1}.");
    public static readonly Text DownloadUnknownParameter = T("download.unknown_parameter",
        "Ukendt parameter '{0}'; denne download tager: {1}.", "Unknown query parameter '{0}'; this download takes: {1}.");
    public static readonly Text DownloadNotAFormat = T("download.not_a_format",
        "'{0}' er ikke et downloadformat her; f=gpkg (GeoPackage), f=fgb (FlatGeobuf) eller f=shp (zippet Shapefile).",
        "'{0}' is not a download format here; f=gpkg (GeoPackage), f=fgb (FlatGeobuf) or f=shp (zipped Shapefile).");
    public static readonly Text ListNotAFormat = T("download.list_not_a_format",
        "'{0}' er ikke et format her; f=geojson (standard), f=gpkg (GeoPackage), f=fgb (FlatGeobuf) eller f=shp (zippet Shapefile).",
        "'{0}' is not a format here; f=geojson (the default), f=gpkg (GeoPackage), f=fgb (FlatGeobuf) or f=shp (zipped Shapefile).");
    public static readonly Text RankingFormat = T("download.ranking_format",
        "json, geojson, csv, gpkg (GeoPackage), fgb (FlatGeobuf) eller shp (zippet Shapefile).",
        "json, geojson, csv, gpkg (GeoPackage), fgb (FlatGeobuf) or shp (zipped Shapefile).");
    public static readonly Text DownloadNotAcceptable = T("download.not_acceptable",
        "Downloads leveres som {0} (f=gpkg), {1} (f=fgb) eller {2} (f=shp, en zippet Shapefile).",
        "Downloads are {0} (f=gpkg), {1} (f=fgb) or {2} (f=shp, a zipped Shapefile).");
    public static readonly Text DownloadFileParameter = T("download.file_parameter",
        "'{0}' former GeoJSON-sider; en fil (f={1}) er hele samlingen i EPSG:25832 og tager kun: {2}.",
        "'{0}' shapes GeoJSON pages; a file (f={1}) is the whole collection in EPSG:25832 and takes only: {2}.");
}
