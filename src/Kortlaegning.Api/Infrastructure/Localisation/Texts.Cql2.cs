namespace Kortlaegning.Api.Infrastructure.Localisation;

/// <summary>
/// The CQL2 parser's and checker's messages (Kortlaegning.Domain.Ogc.Cql2Parser and Cql2Check), matched by their English
/// wording in <see cref="DomainMessages"/>. A placeholder written <c>{n:term}</c> holds one of the Domain's own words (a
/// queryable's type, the end of the filter), which is translated too; every other value (properties, tokens) stays as
/// the client wrote it. Keywords and function names (LIKE, S_INTERSECTS, BBOX) are CQL2's and stay as they are.
/// </summary>
public static partial class Texts
{
    public static readonly Text[] Cql2 =
    [
        T("cql2.too_long", "Filteret er længere end {0} tegn.", "The filter is longer than {0} characters."),
        T("cql2.unexpected_character", "Uventet tegn '{0}' ved tegn {1}.", "Unexpected character '{0}' at character {1}."),
        T("cql2.unexpected", "Uventet {0} ved tegn {1}.", "Unexpected {0:term} at character {1}."),
        T("cql2.unterminated_name", "Navnet i dobbelte anførselstegn, der begynder ved tegn {0}, slutter aldrig.", "Unterminated quoted name starting at character {0}."),
        T("cql2.unterminated_string", "Teksten i enkelte anførselstegn, der begynder ved tegn {0}, slutter aldrig.", "Unterminated string starting at character {0}."),
        T("cql2.not_number", "'{0}' ved tegn {1} er ikke et tal.", "'{0}' at character {1} is not a number."),
        T("cql2.expected_symbol", "Forventede '{0}', men fandt {1} ved tegn {2}.", "Expected '{0}' but found {1:term} at character {2}."),
        T("cql2.too_deep", "Filteret er indlejret i mere end {0} niveauer (ved tegn {1}).", "The filter nests deeper than {0} levels at character {1}."),
        T("cql2.operator_after_literal", "Forventede en sammenligningsoperator efter værdien, men fandt {0} ved tegn {1}.", "Expected a comparison operator after the literal but found {0:term} at character {1}."),
        T("cql2.property_name", "Forventede et egenskabsnavn, men fandt {0} ved tegn {1}.", "Expected a property name but found {0:term} at character {1}."),
        T("cql2.predicate", "Forventede en betingelse, men fandt {0} ved tegn {1}.", "Expected a predicate but found {0:term} at character {1}."),
        T("cql2.empty_name", "Tomt egenskabsnavn ved tegn {0}.", "Empty property name at character {0}."),
        T("cql2.function", "Funktionen '{0}' ved tegn {1} understøttes ikke; S_INTERSECTS er den eneste.", "Function '{0}' at character {1} is not supported; S_INTERSECTS is the only one."),
        T("cql2.two_geometries", "S_INTERSECTS sammenligner en egenskab med en geometri, ikke to geometrier (ved tegn {0}).", "S_INTERSECTS compares a property with a geometry, not two geometries at character {0}."),
        T("cql2.two_properties", "S_INTERSECTS sammenligner en egenskab med en geometri, ikke to egenskaber (ved tegn {0}).", "S_INTERSECTS compares a property with a geometry literal, not two properties at character {0}."),
        T("cql2.property_or_geometry", "Forventede en egenskab eller en geometri (POINT, LINESTRING, POLYGON, MULTI…, BBOX), men fandt {0} ved tegn {1}.", "Expected a property or a geometry (POINT, LINESTRING, POLYGON, MULTI…, BBOX) but found {0:term} at character {1}."),
        T("cql2.literal_after_operator", "Forventede en værdi (tekst, tal, TRUE/FALSE) efter operatoren, men fandt {0} ved tegn {1}.", "Expected a literal (string, number, TRUE/FALSE) after the operator but found {0:term} at character {1}."),
        T("cql2.null", "Forventede NULL, men fandt {0} ved tegn {1}.", "Expected NULL but found {0:term} at character {1}."),
        T("cql2.like_pattern", "LIKE kræver et mønster i 'enkelte anførselstegn', men fandt {0} ved tegn {1}.", "LIKE needs a 'quoted' pattern but found {0:term} at character {1}."),
        T("cql2.between_low", "Forventede en værdi efter BETWEEN, men fandt {0} ved tegn {1}.", "Expected a literal after BETWEEN but found {0:term} at character {1}."),
        T("cql2.between_and", "Forventede AND i BETWEEN, men fandt {0} ved tegn {1}.", "Expected AND in BETWEEN but found {0:term} at character {1}."),
        T("cql2.between_high", "Forventede en værdi efter AND, men fandt {0} ved tegn {1}.", "Expected a literal after AND but found {0:term} at character {1}."),
        T("cql2.in_literal", "Forventede en værdi i IN-listen, men fandt {0} ved tegn {1}.", "Expected a literal in the IN list but found {0:term} at character {1}."),
        T("cql2.in_too_long", "En IN-liste har mere end 1000 værdier (ved tegn {0}).", "An IN list has more than 1000 values at character {0}."),
        T("cql2.after_not", "Forventede LIKE, BETWEEN eller IN efter NOT, men fandt {0} ved tegn {1}.", "Expected LIKE, BETWEEN or IN after NOT but found {0:term} at character {1}."),
        T("cql2.comparison", "Forventede en sammenligning (=, <>, <, <=, >, >=, LIKE, BETWEEN, IN, IS NULL) efter '{0}', men fandt {1} ved tegn {2}.", "Expected a comparison (=, <>, <, <=, >, >=, LIKE, BETWEEN, IN, IS NULL) after '{0}' but found {1:term} at character {2}."),
        T("cql2.bbox_2d", "Kun 2D BBOX(minx, miny, maxx, maxy) understøttes (ved tegn {0}).", "Only 2D BBOX(minx, miny, maxx, maxy) is supported at character {0}."),
        T("cql2.bbox_order", "BBOX kræver minx < maxx og miny < maxy (ved tegn {0}).", "BBOX needs minx < maxx and miny < maxy at character {0}."),
        T("cql2.ring_positions", "En ring ved tegn {0} skal have mindst {1} positioner.", "A ring at character {0} needs at least {1} positions."),
        T("cql2.line_positions", "En linje ved tegn {0} skal have mindst {1} positioner.", "A line at character {0} needs at least {1} positions."),
        T("cql2.ring_not_closed", "Ringen ved tegn {0} slutter ikke, hvor den begynder.", "The ring at character {0} does not end where it starts."),
        T("cql2.too_many_coordinates", "Filteret har mere end {0} koordinater (ved tegn {1}).", "The filter has more than {0} coordinates at character {1}."),
        T("cql2.coordinates_2d", "Kun 2D-koordinater understøttes (ved tegn {0}).", "Only 2D coordinates are supported at character {0}."),
        T("cql2.number", "Forventede et tal, men fandt {0} ved tegn {1}.", "Expected a number but found {0:term} at character {1}."),

        // Cql2Check: the parsed filter against the collection's queryables.
        T("cql2.geometry_compared", "'{0}' er en geometri; sammenlign den med S_INTERSECTS.", "'{0}' is a geometry; compare it with S_INTERSECTS."),
        T("cql2.like_text", "LIKE kræver en tekstegenskab; '{0}' er af typen {1}.", "LIKE needs a text property; '{0}' is a {1:term}."),
        T("cql2.between_number", "BETWEEN kræver en talegenskab; '{0}' er af typen {1}.", "BETWEEN needs a number property; '{0}' is a {1:term}."),
        T("cql2.intersects_geometry", "S_INTERSECTS kræver geometriegenskaben; '{0}' er af typen {1}.", "S_INTERSECTS needs the geometry property; '{0}' is a {1:term}."),
        T("cql2.not_queryable", "Der kan ikke filtreres på '{0}'; en af: {1}.", "'{0}' is not a queryable; one of: {1}."),
        T("cql2.type_mismatch", "'{0}' er af typen {1} og kan ikke sammenlignes med en værdi af typen {2}.", "'{0}' is a {1:term} and cannot be compared with a {2:term}."),
    ];

    // The Domain's own words inside those messages ({n:term}); anything else (a quoted token) is passed on as written.
    private static readonly Text[] Cql2Terms =
    [
        T("cql2.term.end", "filterets slutning", Kortlaegning.Domain.Ogc.Cql2Parser.EndOfFilter),
        T("cql2.term.text", "tekst", "text"),
        T("cql2.term.number", "tal", "number"),
        T("cql2.term.boolean", "sandhedsværdi", "boolean"),
        T("cql2.term.geometry", "geometri", "geometry"),
    ];

    /// <summary>One of the CQL2 messages' own words (<see cref="Cql2Terms"/>) in the request's language; other text unchanged.</summary>
    public static string Cql2TermFromEnglish(string english) => Text.ByEnglish(Cql2Terms, english)?.Get() ?? english;
}
