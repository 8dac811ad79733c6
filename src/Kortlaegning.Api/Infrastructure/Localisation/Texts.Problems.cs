namespace Kortlaegning.Api.Infrastructure.Localisation;

/// <summary>
/// Every text the service shows people, in Danish and English: one typed table rather than .resx files, because the
/// texts are few, both languages of a text sit on one line where a reviewer sees them together, a missing language is
/// a compile error, and <c>TextsTests</c> checks the rest (keys unique, no empty side, same placeholders).
/// </summary>
public static partial class Texts
{
    private static Text T(string key, string da, string en) => new(key, da, en);

    /// <summary>
    /// Problem titles and fixed details, translated in one place (<see cref="ProblemText"/>) by their English text, so
    /// every endpoint's answer is covered without each call site knowing the language. A unit test reads the source and
    /// fails when a title literal is not in this list.
    /// </summary>
    public static readonly Text[] Problems =
    [
        // ASP.NET Core's own titles (status code pages, ProblemDetails defaults).
        T("problem.bad_request", "Ugyldig forespørgsel", "Bad Request"),
        T("problem.unauthorized", "Ikke logget ind", "Unauthorized"),
        T("problem.not_found_default", "Findes ikke", "Not Found"),
        T("problem.method_not_allowed", "Metoden er ikke tilladt", "Method Not Allowed"),
        T("problem.not_acceptable", "Formatet kan ikke leveres", "Not Acceptable"),
        T("problem.precondition_failed_default", "Forudsætning ikke opfyldt", "Precondition Failed"),
        T("problem.unsupported_media_type", "Ikke-understøttet indholdstype", "Unsupported Media Type"),
        T("problem.unprocessable", "Indholdet kan ikke behandles", "Unprocessable Entity"),
        T("problem.too_many_requests_default", "For mange forespørgsler", "Too Many Requests"),
        T("problem.server_error_default", "Der opstod en fejl under behandlingen af forespørgslen.", "An error occurred while processing your request."),

        // ErrorHandling, InputGuard, security.
        T("problem.request_too_large", "Forespørgslen er for stor", "Request body too large"),
        T("problem.bad_request_title", "Ugyldig forespørgsel", "Bad request"),
        T("problem.malformed_json", "Ugyldig JSON", "Malformed JSON"),
        T("problem.conflict", "Konflikt", "Conflict"),
        T("problem.conflict_detail", "Noget med samme navn eller nøgle blev gemt samtidig; genindlæs og prøv igen.", "Something with the same name or key was saved at the same time; reload and try again."),
        T("problem.unstorable_text", "Teksten kan ikke gemmes", "Unstorable text"),
        T("problem.unstorable_text_detail", "Forespørgslen indeholder et tegn, databasen ikke kan gemme (et NUL eller et andet kontroltegn).", "The request holds a character the database cannot store (a NUL or another control character)."),
        T("problem.database_unavailable", "Databasen er utilgængelig", "Database unavailable"),
        T("problem.database_unavailable_detail", "Databasen kan ikke nås; prøv igen om lidt.", "database unreachable; try again shortly."),
        T("problem.internal_error", "Intern fejl", "Internal error"),
        T("problem.internal_error_detail", "Serveren kunne ikke behandle forespørgslen. Fejlen er logget.", "The server failed to handle the request. It has been logged."),
        T("problem.uri_too_long", "Adressen er for lang", "URI too long"),
        T("problem.headers_too_large", "Forespørgslens headere er for store", "Request headers too large"),
        T("problem.cross_site", "Forespørgsel fra et andet websted afvist", "Cross-site request refused"),
        T("problem.too_many_requests", "For mange forespørgsler", "Too many requests"),
        T("problem.sign_in_required", "Log ind først", "Sign-in required"),
        T("problem.invalid_token", "Ugyldig adgangsnøgle", "Invalid token"),
        T("problem.sign_in_detail", "Log ind (POST /api/account/login) eller send en personlig adgangsnøgle som 'Authorization: Bearer …'.", "Sign in (POST /api/account/login) or send a personal access token as 'Authorization: Bearer …'."),
        T("problem.forbidden", "Ingen adgang", "Forbidden"),
        T("problem.password_change_required", "Skift adgangskode først", "Password change required"),
        T("problem.password_change_detail", "Vælg først en ny adgangskode (POST /api/account/password): den, du loggede ind med, var til engangsbrug.", "Choose a new password first (POST /api/account/password): the one you signed in with was one-time."),
        T("problem.lacks_right", "Din konto har ikke ret til denne forespørgsel.", "Your account lacks the right for this request."),
        T("problem.not_found", "Ikke fundet", "Not found"),
        T("problem.not_acceptable_title", "Formatet kan ikke leveres", "Not acceptable"),
        T("problem.invalid_query_parameter", "Ugyldig parameter", "Invalid query parameter"),
        T("problem.precondition_failed", "Forudsætning ikke opfyldt", "Precondition failed"),
        T("problem.if_match_required", "If-Match mangler", "If-Match required"),
        T("problem.request_invalid", "Forespørgslen er ugyldig.", "The request is invalid."),
        T("problem.json_body_required", "Der skal sendes en JSON-krop.", "A JSON body is required."),
        T("problem.body_json_object", "Kroppen skal være et JSON-objekt.", "The body must be a JSON object."),
        T("problem.file_too_large", "Filen er for stor", "File too large"),
        T("problem.too_large", "For stor", "Too large"),
        T("problem.unsupported_file_type", "Filtypen understøttes ikke", "Unsupported file type"),
        T("problem.unknown_crs", "Ukendt koordinatsystem", "Unknown coordinate reference system"),
        T("problem.nothing_imported", "Intet blev importeret", "Nothing was imported"),
        T("problem.rows_rejected", "Rækker afvist; intet blev skrevet", "Rows rejected; nothing was written"),
        T("problem.features_rejected", "Objekter afvist; intet blev skrevet (ret dem, eller send skipRejected=true for at skrive resten)", "Features rejected; nothing was written (fix them, or pass skipRejected=true to write the rest)"),
        T("problem.name_taken", "Navnet er optaget", "Name taken"),
        T("problem.code_taken", "Koden er optaget", "Code taken"),

        // Accounts.
        T("problem.account_not_created", "Kontoen blev ikke oprettet", "Account not created"),
        T("problem.ask_another_admin", "Bed en anden administrator.", "Ask another admin."),
        T("problem.cannot_disable_yourself", "Du kan ikke deaktivere dig selv", "Cannot disable yourself"),
        T("problem.choose_new_password", "Vælg først en ny adgangskode.", "Choose a new password first."),
        T("problem.grants_not_changed", "Rettighederne blev ikke ændret", "Grants not changed"),
        T("problem.password_not_changed", "Adgangskoden blev ikke ændret", "Password not changed"),
        T("problem.sign_in_failed", "Login mislykkedes", "Sign-in failed"),
        T("problem.wrong_password", "E-mail eller adgangskode er forkert, eller kontoen er låst et stykke tid.", "The email or password is wrong, or the account is locked for a while."),
        T("problem.token_not_created", "Adgangsnøglen blev ikke oprettet", "Token not created"),
        T("problem.tokens_in_session", "Adgangsnøgler oprettes i en session, hvor du er logget ind", "Tokens are created in a signed-in session"),
        T("problem.token_sign_in", "Log ind med e-mail og adgangskode (eller kommandolinjens `users token`) for at oprette en adgangsnøgle.", "Sign in with email and password (or the command line `users token`) to create a token."),
        T("problem.no_such_account", "Kontoen findes ikke.", "No such account."),
        T("problem.invalid_audit_query", "Ugyldig forespørgsel på revisionssporet", "Invalid audit query"),

        // Areas, indicators, tiles, downloads.
        T("problem.invalid_area", "Ugyldigt område; intet blev skrevet", "Invalid area; nothing was written"),
        T("problem.unreadable_area", "Området kan ikke læses", "Unreadable area"),
        T("problem.unreadable_boundary_file", "Grænsefilen kan ikke læses", "Unreadable boundary file"),
        T("problem.official_read_only", "Officielle områder kan ikke ændres", "Official areas are read-only"),
        T("problem.invalid_geometry", "Ugyldig geometri", "Invalid geometry"),
        T("problem.unreadable_geometry", "Geometrien kan ikke læses", "Unreadable geometry"),
        T("problem.unusable_geometry", "Geometrien kan ikke bruges", "Unusable geometry"),
        T("problem.geometry_not_stored", "Geometrien kunne ikke gemmes", "Geometry could not be stored"),
        T("problem.invalid_indicator", "Ugyldig indikatordefinition", "Invalid indicator definition"),
        T("problem.national_definition", "National definition", "National definition"),
        T("problem.indicator_changed", "Indikatoren er ændret", "The indicator has changed"),
        T("problem.no_values_at_level", "Ingen værdier på dette niveau", "No values at this level"),
        T("problem.invalid_tile", "Ugyldig kortfliseadresse", "Invalid tile address"),
        T("problem.invalid_focus_polygon", "Ugyldig fokuspolygon", "Invalid focus polygon"),
        T("problem.unreadable_focus_polygon", "Fokuspolygonen kan ikke læses", "Unreadable focus polygon"),
        T("problem.unusable_focus_polygon", "Fokuspolygonen kan ikke bruges", "Unusable focus polygon"),
        T("problem.ranking_errors", "Rangeringen har fejl", "The ranking request has errors"),
        T("problem.preset_errors", "Forvalget har fejl", "The preset has errors"),
        T("problem.preset_no_longer_runs", "Forvalget kan ikke længere køres på de indlæste data", "The preset no longer runs on the data loaded"),

        // Facilities, planning, network.
        T("problem.invalid_facility", "Ugyldig facilitet", "Invalid facility"),
        T("problem.malformed_facility", "Faciliteten kan ikke læses", "Malformed facility"),
        T("problem.not_a_place", "Ikke et sted", "Not a place"),
        T("problem.could_not_become_facility", "Kunne ikke blive en facilitet", "Could not become a facility"),
        T("problem.demand_errors", "Efterspørgslen har fejl", "The demand request has errors"),
        T("problem.scenario_errors", "Scenariet har fejl", "The scenario has errors"),
        T("problem.scenario_does_not_run", "Scenariet kan ikke køres", "Scenario does not run"),
        T("problem.scenario_edited_while_running", "Scenariet blev ændret, mens det kørte", "Scenario edited while running"),
        T("problem.not_run_yet", "Ikke kørt endnu", "Not run yet"),
        T("problem.too_many_solves", "For mange beregninger", "Too many solves"),
        T("problem.no_street_network", "Intet vejnet indlæst", "No street network loaded"),
        T("problem.invalid_isochrone", "Ugyldig forespørgsel på rækkevidde", "Invalid isochrone request"),
        T("problem.invalid_change", "Ugyldig ændring", "Invalid change"),

        // Workshops.
        T("problem.invalid_workshop", "Ugyldig workshop", "Invalid workshop"),
        T("problem.no_such_workshop", "Workshoppen findes ikke.", "No such workshop."),
        T("problem.workshop_not_open", "Workshoppen er ikke åben", "Workshop not open"),
        T("problem.workshop_not_open_for_changes", "Workshoppen er ikke åben for ændringer", "Workshop not open for changes"),
        T("problem.cannot_join", "Kan ikke deltage", "Cannot join"),
        T("problem.join_again", "Deltag i workshoppen igen med dens kode.", "Join the workshop again with its code."),
        T("problem.participant_token_required", "Deltagernøgle mangler", "Participant token required"),
        T("problem.unknown_participant_token", "Ukendt deltagernøgle", "Unknown participant token"),
        T("problem.not_a_participant", "Ikke deltager i denne workshop", "Not a participant of this workshop"),
        T("problem.facilitator_key_required", "Facilitatornøgle mangler", "Facilitator key required"),
        T("problem.wrong_facilitator_key", "Forkert facilitatornøgle", "Wrong facilitator key"),
        T("problem.key_other_workshop", "Nøglen hører ikke til denne workshop.", "The key does not belong to this workshop."),
        T("problem.invalid_item", "Ugyldigt bidrag", "Invalid item"),
        T("problem.invalid_categories", "Ugyldige kategorier", "Invalid categories"),
        T("problem.categories_in_use", "Kategorierne er i brug", "Categories in use"),
        T("problem.invalid_moderation", "Ugyldig moderering", "Invalid moderation"),
        T("problem.not_your_item", "Ikke dit bidrag", "Not your item"),
        T("problem.change_own_only", "Deltagere kan kun ændre de bidrag, de selv har tilføjet.", "Participants can change only the items they added."),
        T("problem.delete_own_only", "Deltagere kan kun slette de bidrag, de selv har tilføjet.", "Participants can delete only the items they added."),
        T("problem.outside_workshop_area", "Uden for workshoppens område", "Outside the workshop area"),
        T("problem.too_many_vertices", "For mange punkter", "Too many vertices"),
        T("problem.too_many_writes", "For mange ændringer", "Too many writes"),
        T("problem.already_voted", "Allerede stemt", "Already voted"),
        T("problem.already_dot", "Du har allerede sat en prik her.", "You already put a dot here."),
        T("problem.no_dots_left", "Ingen prikker tilbage", "No dots left"),
        T("problem.only_places_become_facilities", "Kun bidrag af typen 'meeting_place' og 'resource' kan blive faciliteter eller mulige sundhedspunkter.", "Only 'meeting_place' and 'resource' items can become facilities or candidate spots."),

        // Follow-up.
        T("problem.activity_not_created", "Aktiviteten blev ikke oprettet", "The activity was not created"),
        T("problem.project_not_created", "Projektet blev ikke oprettet", "The project was not created"),
        T("problem.project_not_changed", "Projektet blev ikke ændret", "The project was not changed"),
        T("problem.registration_not_stored", "Registreringen blev ikke gemt", "The registration was not stored"),
        T("problem.target_not_stored", "Målet blev ikke gemt", "The target was not stored"),
        T("problem.target_not_changed", "Målet blev ikke ændret", "The target was not changed"),
        T("problem.no_targets_added", "Ingen mål blev tilføjet", "No targets were added"),
        T("problem.state_not_changed", "Tilstanden blev ikke ændret", "The state was not changed"),
        T("problem.invalid_parameter_title", "Ugyldig parameter", "Invalid parameter"),
        T("problem.invalid_union", "Ugyldig sammenlægning; intet blev gemt", "Invalid union; nothing was written"),
        T("problem.unknown_members", "Ukendte medlemmer; intet blev gemt", "Unknown members; nothing was written"),
        T("problem.area_exists", "Området findes allerede", "The area exists"),
        T("problem.progress_cannot_be_computed", "Fremdriften kan ikke beregnes", "Progress cannot be computed"),
        T("problem.report_cannot_be_made", "Rapporten kan ikke laves", "The report cannot be made"),
    ];
}
