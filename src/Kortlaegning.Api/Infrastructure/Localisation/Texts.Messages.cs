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
}
