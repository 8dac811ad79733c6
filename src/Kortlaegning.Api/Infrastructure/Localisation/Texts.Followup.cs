namespace Kortlaegning.Api.Infrastructure.Localisation;

/// <summary>Follow-up: projects, activities, registrations, targets, progress and reports.</summary>
public static partial class Texts
{
    public static readonly Text MunicipalityRule = T("followup.municipality_rule", "'municipality' skal være en firecifret kommunekode, fx 0561.", "'municipality' must be a four-digit kommunekode, e.g. 0561.");
    public static readonly Text FocusCodeRule = T("followup.focus_code_rule", "En kode på højst 40 tegn skal angives.", "A code of at most 40 characters is required.");
    public static readonly Text ContactRoleRule = T("followup.contact_role_rule", "En kontaktrolle, ikke en persons adresse: personoplysninger gemmes aldrig.", "A contact role, not a person's address: personal data is never stored.");
    public static readonly Text StartOutsideProject = T("followup.start_outside_project", "'start' ligger uden for projektperioden {0} – {1}.", "'start' lies outside the project period {0} – {1}.");
    public static readonly Text PlaceRequired = T("followup.place_required", "'place' skal udfyldes: {{\"type\": \"facility\", \"facilityId\": …}}, {{\"type\": \"department\", \"code\": …}} eller {{\"type\": \"point\", \"lon\": …, \"lat\": …}}.", "'place' is required: {{\"type\": \"facility\", \"facilityId\": …}}, {{\"type\": \"department\", \"code\": …}} or {{\"type\": \"point\", \"lon\": …, \"lat\": …}}.");
    public static readonly Text FacilityIdRequired = T("followup.facility_id_required", "'place.facilityId' skal udfyldes for en facilitet.", "'place.facilityId' is required for a facility.");
    public static readonly Text DateOrMonth = T("followup.date_or_month", "Angiv 'date' eller 'month', ikke begge.", "Give 'date' or 'month', not both.");
    public static readonly Text MonthOutsideActivity = T("followup.month_outside_activity", "{0} ligger uden for aktivitetens datoer ({1}).", "{0} lies outside the activity's dates ({1}).");
    public static readonly Text OpenEnded = T("followup.open_ended", "åben", "open");
    public static readonly Text CountRequired = T("followup.count_required", "Mindst ét antal skal angives: participants, newParticipants, ambassadors eller contacts.", "At least one count is required: participants, newParticipants, ambassadors or contacts.");
    public static readonly Text NewAboveParticipants = T("followup.new_above_participants", "'newParticipants' er større end 'participants'.", "'newParticipants' exceeds 'participants'.");
    public static readonly Text CountsNotNegative = T("followup.counts_not_negative", "Antal må ikke være negative.", "Counts must not be negative.");
    public static readonly Text YearRange = T("followup.year_range", "'year' skal være mellem 2000 og 2100.", "'year' must be between 2000 and 2100.");
    public static readonly Text YearOrFromTo = T("followup.year_or_from_to", "Angiv 'year' eller 'from' og 'to', ikke begge dele.", "Give 'year' or 'from' and 'to', not both.");
    public static readonly Text TargetNeedsPeriod = T("followup.target_needs_period", "Et mål skal have en periode: 'year' eller 'from' og 'to' (åååå-mm-dd).", "A target needs a period: 'year', or 'from' and 'to' (yyyy-mm-dd).");
    public static readonly Text ToBeforeFrom = T("followup.to_before_from", "'to' ligger før 'from'.", "'to' is before 'from'.");
    public static readonly Text PeriodOutsideProject = T("followup.period_outside_project", "Perioden ligger uden for projektets periode.", "The period lies outside the project's period.");
    public static readonly Text UnknownFacilityPlace = T("followup.unknown_facility", "Ukendt facilitet: {0}.", "Unknown facility: {0}.");
    public static readonly Text UnknownDepartmentPlace = T("followup.unknown_department", "Ukendt boligafdeling: {0}.", "Unknown department: {0}.");
    public static readonly Text ScenarioIdRequired = T("followup.scenario_id_required", "'scenarioId' skal udfyldes.", "'scenarioId' is required.");
    public static readonly Text ScenarioNoSite = T("followup.scenario_no_site", "Scenarie {0} har intet sted '{1}' (hverken valgt i seneste kørsel eller tegnet).", "Scenario {0} has no site '{1}' (neither selected in its last run nor drawn).");
    public static readonly Text ScenarioOtherMunicipality = T("followup.scenario_other_municipality", "Scenarie {0} planlægger kommune {1}; projektet hører til {2}.", "Scenario {0} plans municipality {1}, the project is {2}'s.");
    public static readonly Text NoActivityInProject = T("followup.no_activity", "Projekt {0} har ingen aktivitet {1}.", "Project {0} has no activity {1}.");
    public static readonly Text FileNoRows = T("followup.file_no_rows", "Filen har ingen rækker.", "The file has no rows.");
    public static readonly Text NotARegistration = T("followup.not_a_registration", "Kroppen er ikke en registrering: {0}", "The body is not a registration: {0}");
    public static readonly Text NoRegistration = T("followup.no_registration", "Aktivitet {0} har ingen registrering {1}.", "Activity {0} has no registration {1}.");
    public static readonly Text NoTargetInProject = T("followup.no_target", "Projekt {0} har intet mål {1}.", "Project {0} has no target {1}.");
    public static readonly Text UnknownTargetPlace = T("followup.unknown_target_place", "Ukendt sted '{0}': et måls sted er et af projektets fokussteder (fx parish:8907).", "Unknown place '{0}': a target's place is one of the project's focus places (e.g. parish:8907).");
    public static readonly Text UnknownPlaceLoad = T("followup.unknown_place_load", "Ukendt sted {0}: indlæs det først (/api/areas).", "Unknown place {0}: load it first (/api/areas).");
    public static readonly Text PeriodRule = T("followup.period_rule", "'period' er et år (2026) eller et kvartal (2026Q2).", "'period' is a year (2026) or a quarter (2026Q2).");
    public static readonly Text DelimiterField = T("followup.delimiter_field", "'delimiter' er comma eller semicolon.", "'delimiter' is comma or semicolon.");
    public static readonly Text RegistrationFileEmpty = T("followup.registration_file_empty", "Filen er tom: der skal være en overskriftslinje (dato;deltagere;…).", "The file is empty: a header line is required (dato;deltagere;…).");
    public static readonly Text UnknownColumnUse = T("followup.unknown_column", "Ukendt kolonne '{0}': brug {1}.", "Unknown column '{0}': use {1}.");
    public static readonly Text DateOrMonthColumn = T("followup.date_or_month_column", "Der skal være en kolonne 'dato' eller 'måned'.", "A 'dato' (date) or 'måned' (month) column is required.");
    public static readonly Text NotAWholeNumber = T("followup.not_whole_number", "'{0}' er ikke et helt tal.", "'{0}' is not a whole number.");
    public static readonly Text AtMostRowsPerImport = T("followup.at_most_rows", "Højst {0} rækker pr. import.", "At most {0} rows per import.");
    public static readonly Text NoRankingPresetSee = T("followup.no_ranking_preset", "Forvalg {0} findes ikke (se /api/rankings/presets).", "No ranking preset {0} (see /api/rankings/presets).");
    public static readonly Text EquityNeedsParish = T("followup.equity_needs_parish", "Forvalget '{0}' rangerer områder på niveauet {1}; lighedstallet bruger en rangering på sogneniveau.", "Preset '{0}' ranks {1} areas; the equity figure uses a parish-level ranking.");
    public static readonly Text PresetDoesNotRun = T("followup.preset_does_not_run", "Forvalget '{0}' kan ikke køres: {1}", "Preset '{0}' does not run: {1}");
}
