namespace Kortlaegning.Api.Infrastructure.Localisation;

/// <summary>
/// Libraries' reasons, in Danish and English (<see cref="TechnicalReasons"/>). The English is the library's own
/// wording, which is what is matched.
/// </summary>
public static partial class Texts
{
    public static readonly Text JsonPosition = T("json.position", "(linje {0}, byte {1})", "(line {0}, byte {1})");
    public static readonly Text JsonPositionPath = T("json.position_path", "(linje {0}, byte {1}, ved {2})", "(line {0}, byte {1}, at {2})");

    /// <summary>System.Text.Json's reader and serializer messages (its resource strings, without the position).</summary>
    public static readonly Text[] JsonReasons =
    [
        T("json.no_tokens", "Der er ingen JSON (indholdet er tomt).", "The input does not contain any JSON tokens. Expected the input to start with a valid JSON token, when isFinalBlock is true."),
        T("json.no_complete_token", "Indholdet har ikke ét helt JSON-element.", "The input does not contain any complete JSON tokens. Expected the input to have at least one valid, complete, JSON token."),
        T("json.open_at_end", "JSON-teksten slutter, mens et objekt eller en liste stadig er åben.", "Expected depth to be zero at the end of the JSON payload. There is an open JSON object or array that should be closed."),
        T("json.end_of_data", "Forventede et egenskabsnavn eller en værdi, men teksten sluttede.", "Expected start of a property name or value, but instead reached end of data."),
        T("json.colon", "'{0}' kan ikke stå efter et egenskabsnavn; forventede ':'.", "'{0}' is invalid after a property name. Expected a ':'."),
        T("json.property_start", "'{0}' kan ikke begynde et egenskabsnavn; forventede '\"'.", "'{0}' is an invalid start of a property name. Expected a '\"'."),
        T("json.value_start", "'{0}' kan ikke begynde en værdi.", "'{0}' is an invalid start of a value."),
        T("json.after_single_value", "'{0}' står efter den ene JSON-værdi; forventede slutningen.", "'{0}' is invalid after a single JSON value. Expected end of data."),
        T("json.after_value", "'{0}' kan ikke stå efter en værdi; forventede ',', '}}' eller ']'.", "'{0}' is invalid after a value. Expected either ',', '}}', or ']'."),
        T("json.trailing_comma_object", "JSON-objektet slutter med et komma.", "The JSON object contains a trailing comma at the end which is not supported in this mode. Change the reader options."),
        T("json.trailing_comma_array", "JSON-listen slutter med et komma.", "The JSON array contains a trailing comma at the end which is not supported in this mode. Change the reader options."),
        T("json.end_of_string", "En tekst i anførselstegn slutter aldrig.", "Expected end of string, but instead reached end of data."),
        T("json.literal", "'{0}' er ikke en JSON-værdi; forventede '{1}'.", "'{0}' is an invalid JSON literal. Expected the literal '{1}'."),
        T("json.escape", "'{0}' kan ikke stå efter \\ i en JSON-tekst.", "'{0}' is an invalid escapable character within a JSON string. The string should be correctly escaped."),
        T("json.in_string", "'{0}' skal escapes i en JSON-tekst.", "'{0}' is invalid within a JSON string. The string should be correctly escaped."),
        T("json.digit", "Forventede et ciffer ('0'-'9'), men teksten sluttede.", "Expected a digit ('0'-'9'), but instead reached end of data."),
        T("json.leading_zero", "Et tal må ikke begynde med 0 før '{0}'.", "Invalid leading zero before '{0}'."),
        T("json.end_of_number", "'{0}' kan ikke afslutte et tal; forventede et skilletegn.", "'{0}' is an invalid end of a number. Expected a delimiter."),
        T("json.not_converted", "JSON-værdien kan ikke læses som {0}.", "The JSON value could not be converted to {0}."),
    ];

    /// <summary>ASP.NET Core's <c>BadHttpRequestException</c> messages (minimal APIs' parameter binding, Kestrel's body limits).</summary>
    public static readonly Text[] RequestReasons =
    [
        T("request.body_not_json", "Kroppen kan ikke læses som JSON (parameteren \"{0}\").", "Failed to read parameter \"{0}\" from the request body as JSON."),
        T("request.bind_failed", "\"{1}\" kan ikke læses som parameteren \"{0}\".", "Failed to bind parameter \"{0}\" from \"{1}\"."),
        T("request.required", "Parameteren \"{0}\" skal angives ({1}).", "Required parameter \"{0}\" was not provided from {1}."),
        T("request.no_body", "Forespørgslen har ingen krop; \"{0}\" sendes som JSON.", "Implicit body inferred for parameter \"{0}\" but no body was provided. Did you mean to use a Service instead?"),
        T("request.not_json_type", "Kroppen skal være JSON (Content-Type: application/json), ikke \"{0}\".", "Expected a supported JSON media type but got \"{0}\"."),
        T("request.too_large", "Kroppen er for stor; højst {0} byte.", "Request body too large. The max request body size is {0} bytes."),
        T("request.ended", "Forespørgslens indhold sluttede før tid.", "Unexpected end of request content."),
        T("request.too_slow", "Forespørgslens krop kom for langsomt.", "Reading the request body timed out due to data arriving too slowly. See MinRequestBodyDataRate."),
    ];

    /// <summary>Why a geometry cannot be read: PostGIS's ST_GeomFromGeoJSON and NetTopologySuite's ring checks.</summary>
    public static readonly Text[] GeometryReadReasons =
    [
        T("geometry.no_coordinates", "GeoJSON-geometrien har ingen 'coordinates'", "Unable to find 'coordinates' in GeoJSON string"),
        T("geometry.no_type", "GeoJSON-geometrien har ingen 'type'", "Unable to find 'type' in GeoJSON string"),
        T("geometry.unknown_type", "ukendt GeoJSON-type", "unknown GeoJSON type"),
        T("geometry.not_geojson", "ikke en GeoJSON-geometri", "invalid GeoJson representation"),
        T("geometry.too_few_ordinates", "en position har for få koordinater", "Too few ordinates in GeoJSON"),
        T("geometry.coordinates_not_array", "'coordinates' er ikke en liste ({0})", "The 'coordinates' in GeoJSON {0} are not an array"),
        T("geometry.ring_open", "en ring slutter ikke, hvor den begynder", "points must form a closed linestring"),
    ];

    /// <summary>ProjNet's reasons for a .prj it cannot read (its WKT reader).</summary>
    public static readonly Text[] CrsReasons =
    [
        T("crs.not_recognized", "'{0}' er ikke et koordinatsystem i WKT", "'{0}' is not recognized."),
        T("crs.expecting", "forventede '{0}', men fandt '{1}' i linje {2}, kolonne {3}", "Expecting ('{0}') but got a '{1}' at line {2} column {3}."),
    ];

    public static readonly Text GeometryReasonAt = T("geometry.reason_at", "{0} ved ({1})", "{0} at ({1})");

    /// <summary>GEOS's validity reasons, as NetTopologySuite's IsValidOp and PostGIS's ST_IsValidReason write them.</summary>
    public static readonly Text[] GeometryReasons =
    [
        T("geometry.self_intersection", "kanterne skærer hinanden", "Self-intersection"),
        T("geometry.ring_self_intersection", "en ring skærer sig selv", "Ring Self-intersection"),
        T("geometry.hole_outside", "et hul ligger uden for ydergrænsen", "Hole lies outside shell"),
        T("geometry.holes_nested", "et hul ligger inden i et andet", "Holes are nested"),
        T("geometry.interior_disconnected", "fladen er delt i flere stykker af sine huller", "Interior is disconnected"),
        T("geometry.nested_shells", "en ydergrænse ligger inden i en anden", "Nested shells"),
        T("geometry.duplicate_rings", "samme ring står to gange", "Duplicate Rings"),
        T("geometry.too_few_points", "en del af geometrien har for få punkter", "Too few points in geometry component"),
        T("geometry.invalid_coordinate", "en koordinat er ugyldig", "Invalid Coordinate"),
        T("geometry.ring_not_closed", "en ring slutter ikke, hvor den begynder", "Ring is not closed"),
        T("geometry.repeated_point", "et punkt står to gange i træk", "Repeated Point"),
        T("geometry.topology_error", "topologifejl", "Topology Validation Error"),
    ];
}
