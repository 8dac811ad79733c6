namespace Kortlaegning.Api.Infrastructure.Localisation;

/// <summary>Indicators, their values, own definitions, polygon estimates and rankings. Indicators are named «name» (code).</summary>
public static partial class Texts
{
    /// <summary>A name kept in both languages (an indicator's, a facility type's): the one of the request's language.</summary>
    public static string Pick(string da, string en) => Language.IsEnglish ? en : da;

    public static readonly Text NotIndicatorCodeRule = T("indicator.not_code_rule", "'{0}' er ikke en indikatorkode (små bogstaver, cifre, '.', '_', '-').", "'{0}' is not an indicator code (lower-case letters, digits, '.', '_', '-').");
    public static readonly Text NotIndicatorCode = T("indicator.not_code", "'{0}' er ikke en indikatorkode.", "'{0}' is not an indicator code.");
    public static readonly Text NoIndicatorListed = T("indicator.none_listed", "Indikatoren '{0}' findes ikke. GET /api/indicators viser dem.", "No indicator '{0}'. GET /api/indicators lists them.");
    public static readonly Text NoIndicator = T("indicator.none", "Indikatoren '{0}' findes ikke.", "No indicator '{0}'.");
    public static readonly Text NotJsonCsvGeoJson = T("indicator.format_rule", "'{0}' er hverken json, csv eller geojson.", "'{0}' is not json, csv or geojson.");
    public static readonly Text NoSuchPeriod = T("indicator.no_period", "«{1}» ({0}) har ingen periode '{2}'; den har: {3}.", "«{1}» ({0}) has no period '{2}'; it has: {3}.");
    public static readonly Text NoValuesAtLevelHas = T("indicator.no_values_at_level_has", "«{1}» ({0}) har ingen værdier på niveauet {2}; den har værdier på: {3}.", "«{1}» ({0}) has no values at level {2}; it has values at: {3}.");
    public static readonly Text NoValuesAtLevel = T("indicator.no_values_at_level", "«{1}» ({0}) har ingen værdier på niveauet {2}.", "«{1}» ({0}) has no values at level {2}.");
    public static readonly Text PeriodNeedsIndicator = T("indicator.period_needs_indicator", "period kræver indicator.", "period needs indicator.");
    public static readonly Text UnknownIndicators = T("indicator.unknown_list", "Ukendte indikatorer: {0}.", "Unknown indicator(s): {0}.");
    public static readonly Text AtMostIndicators = T("indicator.at_most", "Højst {0} indikatorer pr. forespørgsel.", "At most {0} indicators per request.");
    public static readonly Text EstimateTooLarge = T("estimate.too_large", "{0:0} km²; skøn laves for områder på højst {1:0} km² (brug kommunens egne værdier).", "{0:0} km²; estimates are for areas up to {1:0} km² (use the municipality's own values).");
    public static readonly Text NotGeoJsonGeometry = T("estimate.not_geojson", "Ikke en GeoJSON-geometri: {0}", "Not a GeoJSON geometry: {0}");
    public static readonly Text NotUsablePolygon = T("estimate.not_usable_polygon", "Ikke en brugbar polygon: {0}", "Not a usable polygon: {0}");
    public static readonly Text PolygonRequired = T("estimate.polygon_required", "Der skal angives en GeoJSON Polygon eller MultiPolygon i lon/lat.", "A GeoJSON Polygon or MultiPolygon in lon/lat is required.");
    public static readonly Text NotAPolygon = T("estimate.not_a_polygon", "{0} er ikke en Polygon eller MultiPolygon.", "{0} is not a Polygon or MultiPolygon.");
    public static readonly Text EstimateVertices = T("estimate.vertices", "{0} punkter; højst {1}.", "{0} vertices; at most {1}.");
    public static readonly Text CoordinatesFinite = T("estimate.coordinates_finite", "Koordinaterne skal være endelige tal.", "Coordinates must be finite numbers.");
    public static readonly Text EstimateAboutTooLarge = T("estimate.about_too_large", "Omkring {0:0} km²; skøn laves for områder på højst {1:0} km² (brug kommunens egne værdier).", "About {0:0} km²; estimates are for areas up to {1:0} km² (use the municipality's own values).");
    public static readonly Text EstimatePolygonInvalid = T("estimate.polygon_invalid", "Polygonen er ugyldig (den skærer sig selv, eller ringene er ikke lukkede).", "The polygon is not valid (self-intersecting, or rings not closed).");
    public static readonly Text PolygonOutsideDenmark = T("estimate.outside_denmark", "Polygonen ligger uden for Danmark (koordinaterne skal være lon/lat, EPSG:4326).", "The polygon lies outside Denmark (coordinates must be lon/lat, EPSG:4326).");
    public static readonly Text PeriodRequiredRow = T("upload.period_required", "En periode (fx 2021 eller 2015-2019) skal angives.", "A period (e.g. 2021 or 2015-2019) is required.");
    public static readonly Text GiveValue = T("upload.give_value", "Angiv en værdi eller tæller og nævner.", "Give a value, or numerator and denominator.");
    public static readonly Text CountNotNegative = T("upload.count_not_negative", "Et antal kan ikke være negativt.", "A count cannot be negative.");
    public static readonly Text DenominatorPositive = T("upload.denominator_positive", "Nævneren skal være positiv.", "The denominator must be positive.");
    public static readonly Text OwnValueInNoMunicipality = T("upload.own_value_no_municipality", "Området {0} {1} ligger ikke i én bestemt kommune; {2} tilhører {3}, og dens værdier skal ligge der.", "{0} {1} lies in no single municipality; {2} belongs to {3}, and its values must lie there.");
    public static readonly Text OwnValueOtherMunicipality = T("upload.own_value_other_municipality", "Området {0} {1} ligger i kommune {2}; {3} tilhører {4}, og dens værdier skal ligge der.", "{0} {1} lies in municipality {2}; {3} belongs to {4}, and its values must lie there.");
    public static readonly Text HeaderNoRows = T("upload.header_no_rows", "Filen har en overskrift, men ingen rækker.", "The file has a header but no rows.");
    public static readonly Text IndicatorDeletedDuringImport = T("upload.indicator_deleted", "En af filens indikatorer blev slettet under importen; hent GET /api/indicators og prøv igen.", "An indicator of the file was deleted while it was imported; GET /api/indicators and try again.");

    // Own indicator definitions.
    public static readonly Text CodeRequiredExample = T("own_indicator.code_required", "'code' skal udfyldes, fx silkeborg.diabetes.", "'code' is required, e.g. silkeborg.diabetes.");
    public static readonly Text NotNamespacedCode = T("own_indicator.not_namespaced", "'{0}' er ikke en kode med et navnerum: små bogstaver, cifre, '_' eller '-' med mindst ét '.' (fx bl.diabetes).", "'{0}' is not a code with a namespace: lower-case letters, digits, '_' or '-', with at least one '.' (e.g. bl.diabetes).");
    public static readonly Text ReservedNamespace = T("own_indicator.reserved", "Navnerummene {0} er forbeholdt nationale og beregnede indikatorer; vælg jeres eget, fx bl.", "The namespaces {0} are reserved for national and computed indicators; choose your own, e.g. bl.");
    public static readonly Text CountBasedUnits = T("own_indicator.count_based", "Kun antal og rater ({0}) kan være optællingsbaserede.", "Only counts and rates ({0}) can be count-based.");
    public static readonly Text OwnerRequired = T("own_indicator.owner_required", "Den ejende kommunes kommunekode (fx 0740) skal angives.", "The owning municipality's kommunekode (e.g. 0740) is required.");
    public static readonly Text CodeCannotChange = T("own_indicator.code_cannot_change", "En definitions kode kan ikke ændres ('{0}' ≠ '{1}'); opret i stedet en ny.", "The code of a definition cannot change ('{0}' ≠ '{1}'); create a new one instead.");
    public static readonly Text NationalReadOnly = T("own_indicator.national_read_only", "{0} er en national indikatordefinition og kan ikke ændres; definér jeres egen med POST /api/indicators.", "{0} is a national indicator definition and is read-only; define your own with POST /api/indicators.");
    public static readonly Text IndicatorStale = T("own_indicator.stale", "Indikator {0} er nu i version {1}: en anden har ændret den i mellemtiden. Hent den igen (GET), gentag din ændring, og send det nye ETag.", "Indicator {0} is now at version {1}: someone else edited it. GET it again, re-apply your change and send the new ETag.");
    public static readonly Text IndicatorCodeTaken = T("own_indicator.code_taken", "Der findes allerede en indikator '{0}' (GET /api/indicators/{0}); vælg en anden kode, eller brug PUT for at ændre jeres egen.", "An indicator '{0}' exists already (GET /api/indicators/{0}); choose another code or PUT to change your own.");
    public static readonly Text NoMunicipalityLoaded = T("own_indicator.no_municipality", "Der er ikke indlæst nogen kommune med denne kommunekode.", "No municipality with this kommunekode is loaded.");
    public static readonly Text OwnerCannotChange = T("own_indicator.owner_cannot_change", "{0} tilhører {1}; ejeren af en definition kan ikke ændres.", "{0} belongs to {1}; the owner of a definition cannot change.");

    // Rankings and presets (the planner's page matches "1–N characters", "Who saved it" and "exists; choose another name").
    public static readonly Text AuthorRule = T("ranking.author_rule", "Hvem gemte det: 1–{0} tegn (et navn eller et team; ingen e-mail).", "Who saved it: 1–{0} characters (a name or a team; no e-mail needed).");
    public static readonly Text RankingBodyRequired = T("ranking.body_required", "Rangeringen, der skal gemmes.", "The ranking body to save.");
    public static readonly Text PresetNameTaken = T("ranking.preset_name_taken", "Der findes allerede et forvalg med navnet '{0}'; vælg et andet navn.", "A preset called '{0}' exists; choose another name.");
    public static readonly Text NoAreasInScope = T("ranking.no_areas_in_scope", "Ingen områder på niveauet {0} i dette udvalg.", "No {0} areas in this scope.");
    public static readonly Text AtLeastOne = T("ranking.at_least_one", "Mindst 1.", "At least 1.");
    public static readonly Text ChooseIndicator = T("ranking.choose_indicator", "Vælg mindst én indikator.", "Choose at least one indicator.");
    public static readonly Text UnknownIndicatorListed = T("ranking.unknown_indicator", "Ukendt indikator '{0}'. GET /api/indicators viser dem.", "Unknown indicator '{0}'. GET /api/indicators lists them.");
    public static readonly Text PositiveNumber = T("ranking.positive_number", "Et positivt, endeligt tal.", "A positive, finite number.");
    public static readonly Text IndicatorOnce = T("ranking.indicator_once", "Hver indikator må kun være med én gang.", "Each indicator may appear once.");
    public static readonly Text ScopeEmpty = T("ranking.scope_empty", "Tom: udelad scope for at rangere alle områder på niveauet.", "Empty: leave scope out to rank every area of the level.");
    public static readonly Text EachKommunekode = T("ranking.each_kommunekode", "Hver skal være en kommunekode som 0461.", "Each must be a kommunekode such as 0461.");
}
