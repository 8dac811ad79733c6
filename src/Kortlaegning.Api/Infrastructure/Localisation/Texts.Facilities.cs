namespace Kortlaegning.Api.Infrastructure.Localisation;

/// <summary>Facilities, access to them and the street network. Types are named by their label; the code is what to send.</summary>
public static partial class Texts
{
    public static readonly Text UnknownTypes = T("facility.unknown_types", "Ukendt type: {0}; en af: {1}.", "Unknown type(s) {0}; one of: {1}.");
    public static readonly Text TypeRequiredField = T("facility.type_required_field", "'type' skal udfyldes; en af: {0}.", "'type' is required; one of: {0}.");
    public static readonly Text NotLevelCode = T("facility.not_level_code", "'{0}' er ikke niveau:kode, fx parish:8907 eller municipality:0851.", "'{0}' is not level:code, e.g. parish:8907 or municipality:0851.");
    public static readonly Text NoFacilities = T("facility.no_facilities", "Filen indeholder ingen faciliteter.", "The file holds no facilities.");
    public static readonly Text FeatureNumbers = T("facility.feature_numbers", "rows[n] er objektets nummer i filen (det første er 1).", "rows[n] is the feature number (the first feature is 1).");
    public static readonly Text LineNumbers = T("facility.line_numbers", "rows[n] er linjenummeret (overskriften er linje 1).", "rows[n] is the line number (the header is line 1).");
    public static readonly Text LocationRequired = T("facility.location_required", "Et sted skal angives: lon og lat (EPSG:4326), x og y med en srid eller en GeoJSON-geometri.", "A location is required: lon and lat (EPSG:4326), x and y with an srid, or a GeoJSON geometry.");
    public static readonly Text XyNeedSrid = T("facility.xy_need_srid", "x/y-koordinater kræver deres EPSG-kode: angiv srid (fx srid=25832), eller angiv lon/lat.", "x/y coordinates need their EPSG code: pass srid (e.g. srid=25832), or give lon/lat.");
    public static readonly Text GeometryEmpty = T("facility.geometry_empty", "Geometrien er tom eller har koordinater, der ikke er endelige tal.", "The geometry is empty or has non-finite coordinates.");
    public static readonly Text PolygonInvalid = T("facility.polygon_invalid", "Polygonen er ugyldig (den skærer sig selv, eller en ring er ikke lukket).", "The polygon is not valid (self-intersecting or unclosed ring).");
    public static readonly Text FeatureCollectionRequired = T("facility.feature_collection_required", "En GeoJSON-fil skal være en FeatureCollection med et \"features\"-array.", "A GeoJSON upload must be a FeatureCollection with a \"features\" array.");
    public static readonly Text UnreadableGeoJsonGeometry = T("facility.unreadable_geometry", "GeoJSON-geometrien kan ikke læses: {0}", "Unreadable GeoJSON geometry: {0}");
    public static readonly Text LatLonColumns = T("facility.lat_lon_columns", "lat og lon (eller x og y med srid)", "lat and lon (or x and y with srid)");
    public static readonly Text UnknownSrid = T("facility.unknown_srid", "EPSG:{0} er ikke et koordinatsystem, PostGIS kender.", "EPSG:{0} is not a coordinate system PostGIS knows.");
    public static readonly Text OutsideDenmarkXy = T("facility.outside_denmark", "({0}, {1}) i EPSG:{2} ligger uden for Danmark (lon {3}–{4}, lat {5}–{6}). Er koordinaterne byttet om, eller er srid forkert?", "({0}, {1}) in EPSG:{2} lies outside Denmark (lon {3}–{4}, lat {5}–{6}). Swapped coordinates, or the wrong srid?");
    public static readonly Text UnknownFacilityType = T("facility.unknown_facility_type", "Ukendt facilitetstype '{0}'; en af: {1}.", "Unknown facility type '{0}'; one of: {1}.");

    // Access.
    public static readonly Text AccessLevels = T("access.levels", "Adgang beregnes for sogne, postnumre og kommuner (ud fra fordelingen på 1 km-nettet) og for egne områder (ud fra deres beboere); ikke for niveauet {0}.", "Access is computed for parish, postcode, municipality (from the 1 km grid allocation) and own areas (from their residents); not for {0}.");
    public static readonly Text DecayRule = T("access.decay_rule", "'{0}' er ikke en af: {1} (none: 2SFCA, gaussian: E2SFCA).", "'{0}' is not one of: {1} (none: 2SFCA, gaussian: E2SFCA).");
    public static readonly Text NoLevelInMunicipality = T("access.no_level_in_municipality", "Ingen områder på niveauet {0} hører til kommune {1}.", "No {0} belongs to municipality {1}.");

    // Street network and isochrones.
    public static readonly Text LonRequired = T("network.lon_required", "'lon' skal udfyldes: grader øst (WGS84).", "'lon' is required: degrees east (WGS84).");
    public static readonly Text LatRequired = T("network.lat_required", "'lat' skal udfyldes: grader nord (WGS84).", "'lat' is required: degrees north (WGS84).");
    public static readonly Text NotInDenmark = T("network.not_in_denmark", "({0}, {1}) ligger ikke i Danmark.", "({0}, {1}) is not in Denmark.");
    public static readonly Text MinutesRule = T("network.minutes_rule", "'minutes' skal være et tal fra 1 til {0}.", "'minutes' must be a number from 1 to {0}.");
    public static readonly Text ModeWalkOrBike = T("network.mode_rule", "'mode' skal være walk eller bike.", "'mode' must be walk or bike.");
    public static readonly Text NoNetwork = T("network.missing", "Der er ikke indlæst noget vejnet for {0}. Importér et først: kortlaegning import network --file EXTRACT.osm.pbf --profile {0} (docs/network.md).", "No {0} network is loaded. Import one first: kortlaegning import network --file EXTRACT.osm.pbf --profile {0} (docs/network.md).");
}
