namespace Kortlaegning.Api.Infrastructure.Localisation;

/// <summary>Messages built from values: one key each, the values as placeholders (field names stay as sent).</summary>
public static partial class Texts
{
    public static readonly Text InvalidParameter = T("problem.invalid_parameter", "Ugyldig parameter '{0}'", "Invalid parameter '{0}'");
    public static readonly Text AndMore = T("problem.and_more", "{0} (og {1} mere; se 'errors').", "{0} (and {1} more; see 'errors').");

    public static readonly Text Required = T("field.required", "'{0}' skal udfyldes.", "'{0}' is required.");
    public static readonly Text TooLong = T("field.too_long", "'{0}' er længere end {1} tegn.", "'{0}' is longer than {1} characters.");
    public static readonly Text ControlCharacters = T("field.control_characters", "'{0}' indeholder kontroltegn.", "'{0}' contains control characters.");
    public static readonly Text Between = T("field.between", "'{0}' skal være mellem {1} og {2}.", "'{0}' must be between {1} and {2}.");
    public static readonly Text NotOneOf = T("field.not_one_of", "'{0}' er ikke en af: {1}.", "'{0}' is not one of: {1}.");

    public static readonly Text NoProject = T("notfound.project", "Projekt {0} findes ikke.", "No project {0}.");
    public static readonly Text NoItem = T("notfound.workshop_item", "Bidrag {0} findes ikke i denne workshop.", "No item {0} in this workshop.");
    public static readonly Text NoFacility = T("notfound.facility", "Facilitet {0} findes ikke.", "No facility {0}.");
    public static readonly Text NoRankingPreset = T("notfound.ranking_preset", "Forvalg {0} findes ikke.", "No ranking preset {0}.");
    public static readonly Text NoPlanningScenario = T("notfound.planning_scenario", "Planlægningsscenarie {0} findes ikke.", "No planning scenario {0}.");
    public static readonly Text NoCategory = T("field.no_category", "Workshoppen har ingen kategori '{0}'.", "The workshop has no category '{0}'.");

    public static readonly Text NeedsRole = T("problem.needs_role", "Dette kræver rollen '{0}' (politik '{0}').", "This needs the '{0}' role (policy '{0}').");
    public static readonly Text NeedsRoleFor = T("problem.needs_role_for", "Dette kræver rollen '{0}' for kommune {1} (politik '{0}').", "This needs the '{0}' role for municipality {1} (policy '{0}').");
    public static readonly Text CsrfHeader = T("problem.csrf_header", "Forespørgsler logget ind med cookie skal have headeren {0} (kortet sender den).", "Requests signed in by cookie must carry the {0} header (the map sends it).");
    public static readonly Text TooManyRequestsDetail = T("problem.too_many_requests_detail", "For mange forespørgsler af denne slags fra din adresse; prøv igen om {0} s.", "Too many requests of this kind from your address; try again in {0} s.");
    public static readonly Text UriTooLongDetail = T("problem.uri_too_long_detail", "Sti og forespørgsel er {0} tegn; højst {1} læses.", "The path and query are {0} characters; at most {1} are read.");
    public static readonly Text HeadersTooLargeDetail = T("problem.headers_too_large_detail", "Headerne er omkring {0} byte; højst {1} læses.", "The headers are about {0} bytes; at most {1} are read.");

    // Workshop: what residents and facilitators read. The workshop pages ask in English and match these English texts
    // (web/workshop/js/i18n.js problemKey) to speak six languages, so the English wording stays as it was.
    public static readonly Text WorkshopIsDraft = T("workshop.is_draft", "Workshoppen er endnu ikke åbnet.", "The workshop is draft.");
    public static readonly Text WorkshopIsClosed = T("workshop.is_closed", "Workshoppen er lukket.", "The workshop is closed.");
    public static readonly Text DotsUsed = T("workshop.dots_used", "Hver deltager har {0} prikker; fjern en for at sætte den et andet sted.", "Each participant has {0} dots; remove one to place it elsewhere.");
    public static readonly Text NoPublishedItem = T("workshop.no_published_item", "Bidrag {0} findes ikke eller er ikke offentligt.", "No published item {0}.");
    public static readonly Text NoWorkshopArea = T("workshop.no_area", "Område {0} hører ikke til denne workshop.", "No area {0} in this workshop.");
    public static readonly Text NoDot = T("workshop.no_dot", "Du har ingen prik {0}.", "You have no dot {0}.");
    public static readonly Text GeometryUnreadable = T("workshop.geometry_unreadable", "Figuren kan ikke læses: {0}.", "Unreadable geometry: {0}.");
    public static readonly Text GeometryReason = T("workshop.geometry_reason", "Figuren er ugyldig: {0}.", "PostGIS: {0}.");
    public static readonly Text TooManyVerticesDetail = T("workshop.too_many_vertices", "Figuren har {0} punkter; højst {1}.", "{0} vertices; at most {1}.");
    public static readonly Text OutsideWorkshop = T("workshop.outside", "Bidrag skal ligge i fokusområderne eller højst {0} m fra dem.", "Items must lie within the focus areas or {0} m of them.");
    public static readonly Text FacilitatorKeyHeader = T("workshop.facilitator_key_header", "Send workshoppens facilitatornøgle i headeren {0}.", "Send the workshop's facilitator key in the {0} header.");
    public static readonly Text SlowDown = T("workshop.slow_down", "Vent lidt: prøv igen om {0} s.", "Slow down: try again in {0} s.");
    public static readonly Text JoinFirst = T("workshop.join_first", "Deltag i workshoppen med dens kode, og send nøglen i headeren {0}.", "Join the workshop with its code and send the token in the {0} header.");
    public static readonly Text CategoriesInUse = T("workshop.categories_in_use", "Bidrag bruger {0}; flyt dem til en anden kategori først (moderering), eller behold kategorierne.", "Items use {0}; move them to another category first (moderation) or keep these.");
    public static readonly Text GiveCategories = T("workshop.give_categories", "Angiv 1–{0} kategorier.", "Give 1–{0} categories.");
    public static readonly Text BlurRange = T("workshop.blur_range", "Sløring er 0–{0} meter.", "Blurring is 0–{0} metres.");
    public static readonly Text DuplicateKey = T("field.duplicate_key", "Nøglen '{0}' går igen.", "Duplicate key '{0}'.");
    public static readonly Text OneOf = T("field.one_of", "En af: {0}.", "One of {0}.");
    public static readonly Text DotsRange = T("workshop.dots_range", "0–{0} prikker pr. deltager.", "0–{0} dots per participant.");
    public static readonly Text GiveAreaCodes = T("workshop.give_area_codes", "Angiv 1–{0} områdekoder.", "Give 1–{0} area codes.");
    public static readonly Text NotAreaCode = T("field.not_area_code", "'{0}' er ikke {1}.", "'{0}' is not {1}.");
    public static readonly Text EachMustBe = T("field.each_must_be", "Hver skal være {0}.", "Each must be {0}.");
    public static readonly Text RequiredAs = T("field.required_as", "'{0}' skal udfyldes: {1}.", "'{0}' is required: {1}.");
    public static readonly Text NotLoaded = T("field.not_loaded", "Der er ikke indlæst noget {0} med koden {1}.", "No {0} with code {1} is loaded.");

    // What an area code of each level looks like (Domain's AreaCodes.Describe, in the request's language).
    private static readonly Text CodeMunicipality = T("code.municipality", "en kommunekode på 3 eller 4 cifre, fx 0461 eller 461", "a kommunekode of 3 or 4 digits, e.g. 0461 or 461");
    private static readonly Text CodeParish = T("code.parish", "en sognekode på 4 cifre, fx 8907", "a sognekode of 4 digits, e.g. 8907");
    private static readonly Text CodeRegion = T("code.region", "en regionskode på 4 cifre, fx 1083", "a regionskode of 4 digits, e.g. 1083");
    private static readonly Text CodePostcode = T("code.postcode", "et postnummer på 4 cifre, fx 6700, eller et interval som 1000-1499", "a postnummer of 4 digits, e.g. 6700, or a range such as 1000-1499");
    private static readonly Text CodeOwn = T("code.own", "1–40 bogstaver, cifre, '.', '_', ':' eller '-', der begynder med et bogstav eller ciffer", "1–40 letters, digits, '.', '_', ':' or '-', starting with a letter or digit");

    private static readonly Text[] CodeRules = [CodeMunicipality, CodeParish, CodeRegion, CodePostcode, CodeOwn];

    /// <summary>A code rule as the Domain writes it (<c>AreaCodes.Describe</c>, English) in the request's language; other text unchanged.</summary>
    public static string AreaCodeRuleFromEnglish(string english) => Text.ByEnglish(CodeRules, english)?.Get() ?? english;

    public static string AreaCodeRule(Kortlaegning.Domain.Boundaries.AreaLevel level) => level switch
    {
        Kortlaegning.Domain.Boundaries.AreaLevel.Country => "DK",
        Kortlaegning.Domain.Boundaries.AreaLevel.Municipality => CodeMunicipality.Get(),
        Kortlaegning.Domain.Boundaries.AreaLevel.Parish => CodeParish.Get(),
        Kortlaegning.Domain.Boundaries.AreaLevel.Region => CodeRegion.Get(),
        Kortlaegning.Domain.Boundaries.AreaLevel.Postcode => CodePostcode.Get(),
        _ => CodeOwn.Get(),
    };

    // Uploads (indicator values, facilities): planners read these to fix their file.
    public static readonly Text MissingColumnsExpected = T("upload.missing_columns_expected", "Mangler kolonne(r): {0}. Forventet: {1}.", "Missing column(s): {0}. Expected: {1}.");
    public static readonly Text MissingColumnsFound = T("upload.missing_columns_found", "Mangler kolonne(r): {0}. Fundet: {1}.", "Missing column(s): {0}. Found: {1}.");
    public static readonly Text UnknownIndicatorRow = T("upload.unknown_indicator", "Ukendt indikator '{0}': GET /api/indicators viser definitionerne; definér kommunens egen med POST /api/indicators.", "Unknown indicator '{0}': GET /api/indicators lists the definitions; define your own with POST /api/indicators.");
    public static readonly Text UnknownLevel = T("field.unknown_level", "Ukendt niveau '{0}'.", "Unknown level '{0}'.");
    public static readonly Text NotANumber = T("field.not_a_number", "'{0}' er ikke et tal.", "'{0}' is not a number.");
    public static readonly Text PercentRange = T("upload.percent_range", "{0} ligger uden for 0–100 for en procentsats.", "{0} is outside 0–100 for a percentage.");
    public static readonly Text NumeratorAboveDenominator = T("upload.numerator_above_denominator", "Tælleren {0} er større end nævneren {1}.", "Numerator {0} is larger than denominator {1}.");
    public static readonly Text IntervalReversed = T("upload.interval_reversed", "ci_low {0} er over ci_high {1}.", "ci_low {0} is above ci_high {1}.");
    public static readonly Text OutsideInterval = T("upload.outside_interval", "{0} ligger uden for sit interval [{1}, {2}].", "{0} lies outside its interval [{1}, {2}].");
    public static readonly Text DuplicateLine = T("upload.duplicate_line", "Gentager linje {0} (samme indikator, område og periode).", "Duplicate of line {0} (same indicator, area and period).");
    public static readonly Text TypeRequired = T("facility.type_required", "En type skal angives; en af: {0}.", "A type is required; one of: {0}.");
    public static readonly Text UnknownType = T("facility.unknown_type", "Ukendt type '{0}'; en af: {1}.", "Unknown type '{0}'; one of: {1}.");
    public static readonly Text CapacityRule = T("facility.capacity_rule", "'{0}' er ikke et helt antal personer (0–1.000.000).", "'{0}' is not a whole number of persons (0–1,000,000).");
    public static readonly Text PastDateRule = T("field.past_date", "'{0}' er ikke en dato (åååå-mm-dd), der allerede er passeret.", "'{0}' is not a date (yyyy-mm-dd) that has already happened.");
    public static readonly Text TagsRule = T("facility.tags_rule", "Højst {0} mærker på højst {1} tegn hver.", "At most {0} tags of at most {1} characters each.");
    public static readonly Text FacilityGeometryKind = T("facility.geometry_kind", "En {0} kan ikke bruges: angiv et punkt (eller en polygon for grønne områder).", "A {0} is not accepted: give a Point (or a Polygon for green areas).");
    public static readonly Text FacilityPointOnly = T("facility.point_only", "Typen '{0}' er et punkt; kun '{1}' må være en polygon.", "The type '{0}' is a point; only '{1}' may be a polygon.");
    public static readonly Text CoordinatePair = T("field.coordinate_pair", "'{0}' skal angives sammen med den anden koordinat.", "'{0}' is required with the other coordinate.");
    public static readonly Text NotACoordinate = T("field.not_a_coordinate", "'{0}' er ikke en koordinat.", "'{0}' is not a coordinate.");
    public static readonly Text NotYesNo = T("field.not_yes_no", "'{0}' er hverken ja eller nej.", "'{0}' is not yes or no.");
    public static readonly Text AtMostCharacters = T("field.at_most_characters", "Højst {0} tegn ({1} angivet).", "At most {0} characters ({1} given).");

    // Follow-up: projects, activities, registrations and targets.
    public static readonly Text DateRequired = T("field.date_required", "'{0}' skal udfyldes (åååå-mm-dd).", "'{0}' is required (yyyy-mm-dd).");
    public static readonly Text NotADate = T("field.not_a_date", "'{0}' er ikke en dato (åååå-mm-dd).", "'{0}' is not a date (yyyy-mm-dd).");
    public static readonly Text NotAMonth = T("field.not_a_month", "'{0}' er ikke en måned (åååå-mm).", "'{0}' is not a month (yyyy-mm).");
    public static readonly Text AtMostFocusPlaces = T("followup.at_most_focus_places", "Højst {0} fokussteder.", "At most {0} focus places.");
    public static readonly Text AtMostPartners = T("followup.at_most_partners", "Højst {0} partnere.", "At most {0} partners.");
    public static readonly Text NotNegative = T("field.not_negative", "'{0}' må ikke være negativ.", "'{0}' must not be negative.");
    public static readonly Text AtMost = T("field.at_most", "'{0}' må højst være {1}.", "'{0}' must be at most {1}.");
    public static readonly Text AtMostCategories = T("followup.at_most_categories", "Højst {0} kategorier.", "At most {0} categories.");
    public static readonly Text CategoryLength = T("followup.category_length", "Kategorier er 1–{0} tegn.", "Categories are 1–{0} characters.");
    public static readonly Text CategoriesAboveTotal = T("followup.categories_above_total", "Kategorierne giver tilsammen mere end antallet ({0}).", "The categories sum to more than the count ({0}).");
}
