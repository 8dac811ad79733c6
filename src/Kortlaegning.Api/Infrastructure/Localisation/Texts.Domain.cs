namespace Kortlaegning.Api.Infrastructure.Localisation;

/// <summary>
/// The Domain library's messages (it knows no languages and writes English), in Danish and English. Each is matched
/// by its English wording in <see cref="DomainMessages"/>, {0}… standing for the values the sentence holds, in order.
/// The allocation checks are in <c>Texts.Planning.cs</c> (<see cref="Allocation"/>).
/// </summary>
public static partial class Texts
{
    /// <summary>Boundary files read by Kortlaegning.Domain.Boundaries (area and facility uploads).</summary>
    public static readonly Text[] Boundaries =
    [
        T("boundary.geojson_collection", "En GeoJSON-fil skal indeholde en FeatureCollection.", "A GeoJSON file must hold a FeatureCollection."),
        T("boundary.no_features_array", "FeatureCollection'en har intet \"features\"-array.", "The FeatureCollection has no \"features\" array."),
        T("boundary.csv_empty", "CSV-filen er tom.", "The CSV file is empty."),
        T("boundary.csv_no_header", "CSV-filen har ingen overskrift.", "The CSV file has no header."),
        T("boundary.csv_columns", "CSV-filen skal have en WKT-kolonne ({0}) eller kolonnerne lon og lat; dens kolonner er {1}.", "The CSV needs a WKT column ({0}) or lon and lat columns; its columns are {1}."),
        T("boundary.unsupported_crs_member", "\"crs\"-medlemmet '{0}' understøttes ikke. Brug lon/lat efter RFC 7946 eller et EPSG-navn som urn:ogc:def:crs:EPSG::25832.", "Unsupported \"crs\" member '{0}'. Use RFC 7946 lon/lat or an EPSG name such as urn:ogc:def:crs:EPSG::25832."),
        T("boundary.not_readable", "Ikke en {0}-grænsefil, der kan læses: {1}", "Not a readable {0} boundary file: {1:reason}"),
        T("boundary.not_valid_json", "Ikke gyldig JSON: {0}", "Not valid JSON: {0:reason}"),
        T("boundary.topology_required", "En TopoJSON-fil skal indeholde en Topology.", "A TopoJSON file must hold a Topology."),
        T("boundary.topology_no_objects", "Topology'en har ingen \"objects\".", "The Topology has no \"objects\"."),
        T("boundary.topology_no_object", "Topology'en har intet objekt med navnet '{0}' (den har: {1}).", "The Topology has no object named '{0}' (it has: {1})."),
        T("boundary.topology_name_one", "Topology'en har {0} objekter; angiv ét af dem (den har: {1}).", "The Topology has {0} objects; name one (it has: {1})."),
        T("boundary.topology_no_arcs", "Topology'en har intet \"arcs\"-array.", "The Topology has no \"arcs\" array."),
        T("boundary.csv_not_lonlat", "CSV-filen angiver intet koordinatsystem, og dens koordinater er ikke længde- og breddegrader. Angiv srid (fx srid=25832 for ETRS89 / UTM 32N), eller medsend .prj / crs.", "The CSV file states no coordinate reference system and its coordinates are not longitude/latitude. Pass srid (e.g. srid=25832 for ETRS89 / UTM 32N), or include the .prj / crs."),
        T("boundary.geojson_not_lonlat", "GeoJSON-filen angiver intet koordinatsystem, og dens koordinater er ikke længde- og breddegrader. Angiv srid (fx srid=25832 for ETRS89 / UTM 32N), eller medsend .prj / crs.", "The GeoJSON file states no coordinate reference system and its coordinates are not longitude/latitude. Pass srid (e.g. srid=25832 for ETRS89 / UTM 32N), or include the .prj / crs."),
        T("boundary.shapefile_not_lonlat", "Shapefilen har ingen .prj, og dens koordinater er ikke længde- og breddegrader. Angiv srid (fx srid=25832 for ETRS89 / UTM 32N), eller medsend .prj / crs.", "The Shapefile has no .prj and states no coordinate reference system and its coordinates are not longitude/latitude. Pass srid (e.g. srid=25832 for ETRS89 / UTM 32N), or include the .prj / crs."),
        T("boundary.gpkg_not_lonlat", "GeoPackage-tabellen '{0}' angiver intet koordinatsystem, og dens koordinater er ikke længde- og breddegrader. Angiv srid (fx srid=25832 for ETRS89 / UTM 32N), eller medsend .prj / crs.", "GeoPackage table '{0}' states no coordinate reference system and its coordinates are not longitude/latitude. Pass srid (e.g. srid=25832 for ETRS89 / UTM 32N), or include the .prj / crs."),
        T("boundary.prj_unreadable", ".prj-filen kan ikke læses ({0}); angiv srid.", "The .prj cannot be read ({0:reason}); pass srid."),
        T("boundary.prj_not_projected", ".prj-filen beskriver {0}, ikke et projiceret eller geografisk koordinatsystem; angiv srid.", "The .prj describes {0}, not a projected or geographic CRS; pass srid."),
        T("boundary.prj_not_transformable", ".prj-filens projektion kan ikke omregnes ({0}); angiv srid.", "The .prj's projection cannot be transformed ({0}); pass srid."),
        T("boundary.gpkg_unreadable", "Ikke en GeoPackage, der kan læses: {0}", "Not a GeoPackage we can read: {0}"),
        T("boundary.gpkg_no_table", "GeoPackage-filen har ingen objekttabel.", "The GeoPackage holds no feature table."),
        T("boundary.gpkg_no_named_table", "GeoPackage-filen har ingen objekttabel '{0}'.", "The GeoPackage has no feature table '{0}'."),
        T("boundary.gpkg_srs_missing", "GeoPackage-filens srs_id {0} findes ikke i gpkg_spatial_ref_sys; angiv srid.", "The GeoPackage's srs_id {0} is not in gpkg_spatial_ref_sys; pass srid."),
        T("boundary.gpkg_not_epsg", "GeoPackage-filens koordinatsystem er {0} ({1}), ikke en EPSG-kode; angiv srid.", "The GeoPackage's CRS is {0} ({1}), not an EPSG code; pass srid."),
        T("boundary.shapefile_unreadable", "Shapefilen kan ikke læses: {0}", "The Shapefile cannot be read: {0}"),
        T("boundary.not_zip", "Ikke et zip-arkiv: {0}", "Not a zip archive: {0}"),
        T("boundary.zip_too_large", "Arkivet fylder mere end 500 MB udpakket.", "The archive unpacks to more than 500 MB."),
        T("boundary.zip_one_shp", "Zip-filen skal indeholde præcis én .shp (den indeholder {0}).", "The zip must hold exactly one .shp (it holds {0})."),
        T("boundary.zip_no_dbf", "Zip-filen har ingen .dbf ved siden af sin .shp.", "The zip has no .dbf beside its .shp."),
    ];

    /// <summary>Rows of an own-area import (Kortlaegning.Domain.OwnAreas.OwnAreaPreparer), each under rows[n].field.</summary>
    public static readonly Text[] OwnAreaRows =
    [
        T("own_area.no_value", "ingen værdi i '{0}'", "no '{0}' value"),
        T("own_area.no_property", "ingen egenskab '{0}'", "no '{0}' property"),
        T("own_area.code_twice_dissolve", "koden '{0}' står på række {1} og {2}: koder skal være unikke (punkter kan ikke lægges sammen)", "code '{0}' is on rows {1} and {2}: codes must be unique (points cannot be dissolved)"),
        T("own_area.code_twice", "koden '{0}' står på række {1} og {2}: koder skal være unikke (angiv dissolve=true, hvis de er dele af ét område)", "code '{0}' is on rows {1} and {2}: codes must be unique (pass dissolve=true if they are parts of one area)"),
        T("own_area.no_geometry", "ingen geometri", "no geometry"),
        T("own_area.not_polygon_or_point", "en {0} er hverken en polygon eller et punkt", "a {0} is neither a polygon nor a point"),
        T("own_area.repaired", "rettet: {0}", "repaired: {0:reason}"),
        T("own_area.no_polygonal_part", "geometrien har ingen flade-del ({0})", "geometry has no polygonal part ({0})"),
        T("own_area.not_code", "'{0}' er ikke {1}", "'{0}' is not {1}"),
    ];

    /// <summary>The ranking's own checks (Kortlaegning.Domain.Ranking.RankingValidator).</summary>
    public static readonly Text[] RankingInput =
    [
        T("ranking.top_n_rule", "topN skal være mindst 1.", "topN must be at least 1."),
        T("ranking.draws_rule", "draws skal være mellem 0 og {0}.", "draws must be between 0 and {0}."),
        T("ranking.draws_too_many", "draws × områder er mere, end én rangliste kan rumme; brug færre draws.", "draws × areas exceeds what one rank store can hold; use fewer draws."),
    ];
}
