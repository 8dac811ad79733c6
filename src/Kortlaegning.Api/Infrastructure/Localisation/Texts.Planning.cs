namespace Kortlaegning.Api.Infrastructure.Localisation;

/// <summary>
/// Planning health spots: scenarios, demand and candidates. The planner's page matches some English texts
/// (web/public/js/i18n.js PROBLEMS: "1–N characters", "exists; choose another name" …), so the English stays as it was.
/// </summary>
public static partial class Texts
{
    public static readonly Text DemandListRequired = T("plan.demand_list_required", "Skal udfyldes: en liste af {{id, lon, lat, weight}}.", "Required: a list of {{id, lon, lat, weight}}.");
    public static readonly Text DemandObject = T("plan.demand_object", "Skal være et objekt {{id, lon, lat, weight}}.", "Must be an object {{id, lon, lat, weight}}.");
    public static readonly Text WeightRequired = T("plan.weight_required", "Skal udfyldes: et endeligt tal ≥ 0.", "Required: a finite number ≥ 0.");
    public static readonly Text CandidateListRequired = T("plan.candidate_list_required", "Skal udfyldes: en liste af {{id, lon, lat, capacity?}}.", "Required: a list of {{id, lon, lat, capacity?}}.");
    public static readonly Text CandidateObject = T("plan.candidate_object", "Skal være et objekt {{id, lon, lat, capacity?}}.", "Must be an object {{id, lon, lat, capacity?}}.");
    public static readonly Text KRequired = T("plan.k_required", "Skal udfyldes: antallet af steder, der skal åbnes.", "Required: the number of sites to open.");
    public static readonly Text CandidateId = T("plan.candidate_id", "Et kandidat-id.", "A candidate id.");
    public static readonly Text LongitudeRequired = T("plan.longitude_required", "Skal udfyldes: en længdegrad i grader (EPSG:4326).", "Required: a finite longitude in degrees (EPSG:4326).");
    public static readonly Text LatitudeRequired = T("plan.latitude_required", "Skal udfyldes: en breddegrad i grader (EPSG:4326).", "Required: a finite latitude in degrees (EPSG:4326).");
    public static readonly Text LongitudeOutside = T("plan.longitude_outside", "Uden for Danmark: længdegraden skal ligge i [{0}, {1}].", "Outside Denmark: longitude must be in [{0}, {1}].");
    public static readonly Text LatitudeOutside = T("plan.latitude_outside", "Uden for Danmark: breddegraden skal ligge i [{0}, {1}].", "Outside Denmark: latitude must be in [{0}, {1}].");
    public static readonly Text TimeLimitCap = T("plan.time_limit_cap", "Højst {0} s på denne server (Planning:MaxTimeLimitSeconds); der blev bedt om {1}.", "At most {0} s on this server (Planning:MaxTimeLimitSeconds); {1} was asked for.");
    public static readonly Text SolvesBusy = T("plan.solves_busy", "Der kan højst køre {0} beregninger ad gangen på denne server og {1} pr. bruger; alle er optaget. Prøv igen om {2} s.", "Solves are limited to {0} at once on this server and {1} per user; all are taken. Try again in {2} s.");
    public static readonly Text PresetRanksLevel = T("plan.preset_ranks_level", "Forvalget '{0}' rangerer områder på niveauet {1}; behovsvægtning bruger et forvalg på sogneniveau.", "Preset '{0}' ranks {1} areas; need weighting uses a parish-level preset.");
    public static readonly Text PresetRanksLevelDepartments = T("plan.preset_ranks_level_departments", "Forvalget '{0}' rangerer områder på niveauet {1}; behovsvægtning bruger et forvalg på sogneniveau eller, for efterspørgsel fra boligafdelinger, et på boligafdelingsniveau.", "Preset '{0}' ranks {1} areas; need weighting uses a parish-level preset or, for housing_departments demand, a housing_department-level one.");
    public static readonly Text PresetNoLongerRuns = T("plan.preset_no_longer_runs", "Forvalget '{0}' kan ikke længere køres: {1}", "Preset '{0}' no longer runs: {1}");
    public static readonly Text DemandSourceNoPoints = T("plan.demand_source_no_points", "En af: grid, parishes, housing_departments (punkter uploades sammen med et scenarie).", "One of: grid, parishes, housing_departments (points are uploaded with a scenario).");
    public static readonly Text PointsRequired = T("plan.points_required", "Skal udfyldes, når kilden er 'points': [{{id, lon, lat, weight}}].", "Required when the source is 'points': [{{id, lon, lat, weight}}].");
    public static readonly Text PointsOnly = T("plan.points_only", "Kun for kilden 'points'.", "Only for the source 'points'.");
    public static readonly Text ParametersRequired = T("plan.parameters_required", "Skal udfyldes: {{objective, k, radiusMetres, timeLimitSeconds, solver, …}}.", "Required: {{objective, k, radiusMetres, timeLimitSeconds, solver, …}}.");
    public static readonly Text NoDemandPoints = T("plan.no_demand_points", "Ingen efterspørgselspunkter fra kilden '{0}' i {1}.", "No demand points of source '{0}' in {1}.");
    public static readonly Text NotFacilityNumber = T("plan.not_facility_number", "'{0}' er ikke facility:<nummer>.", "'{0}' is not facility:<number>.");
    public static readonly Text ScenarioNoLongerRuns = T("plan.scenario_no_longer_runs", "Scenariet kan ikke længere køres på de indlæste data: {0}", "The scenario no longer runs on the data loaded: {0}");
    public static readonly Text ScenarioEdited = T("plan.scenario_edited", "Scenarie {0} blev ændret, mens det kørte; resultatet af den gamle udgave blev ikke gemt. Kør det igen.", "Scenario {0} was edited while it ran; the result of the old definition was not stored. Run it again.");
    public static readonly Text ScenarioARequired = T("plan.scenario_a_required", "Skal udfyldes: id på scenarie A (udgangspunktet).", "Required: the id of scenario A (the baseline).");
    public static readonly Text ScenarioBRequired = T("plan.scenario_b_required", "Skal udfyldes: id på scenarie B.", "Required: the id of scenario B.");
    public static readonly Text ScenarioAOrB = T("plan.scenario_a_or_b", "Scenarie {0} eller {1} findes ikke.", "Scenario {0} or {1} does not exist.");
    public static readonly Text RunBothFirst = T("plan.run_both_first", "Kør først begge scenarier (POST /api/plans/scenarios/{{id}}/run): {0} har intet resultat.", "Run both scenarios first (POST /api/plans/scenarios/{{id}}/run): {0} has no result.");
    public static readonly Text DemandNoLongerBuilt = T("plan.demand_no_longer_built", "Efterspørgslen for scenarie {0} kan ikke længere dannes.", "Scenario {0}'s demand can no longer be built.");
    public static readonly Text ScenarioNameTaken = T("plan.scenario_name_taken", "{0} har allerede et scenarie med navnet '{1}'; vælg et andet navn.", "{0} has a scenario called '{1}'; choose another name.");

    // The Domain's allocation checks (Kortlaegning.Domain.Allocation, English), translated by their English wording in
    // Planning/AllocationMessages: {0}… are the values the English sentence holds, in the order it holds them.
    public static readonly Text[] Allocation =
    [
        T("alloc.too_many_demand", "For mange: {0} efterspørgselspunkter, højst {1}.", "Too large: {0} demand points, at most {1}."),
        T("alloc.too_many_candidates", "For mange: {0} kandidater, højst {1}.", "Too large: {0} candidates, at most {1}."),
        T("alloc.demand_needed", "Der skal være mindst ét efterspørgselspunkt.", "At least one demand point is needed."),
        T("alloc.id_required", "Et id skal angives.", "Id is required."),
        T("alloc.duplicate_id", "Id'et '{0}' går igen.", "Duplicate id '{0}'."),
        T("alloc.weight_rule", "Vægten skal være et endeligt tal ≥ 0.", "Weight must be a finite number ≥ 0."),
        T("alloc.coordinates_finite", "Koordinaterne skal være endelige tal.", "Coordinates must be finite."),
        T("alloc.candidate_needed", "Der skal være mindst én kandidat.", "At least one candidate is needed."),
        T("alloc.capacity_rule", "Kapaciteten skal være et endeligt tal ≥ 0.", "Capacity must be a finite number ≥ 0."),
        T("alloc.capacity_mclp", "Kapaciteter understøttes kun for målet 'mclp'.", "Capacities are supported for objective 'mclp' only."),
        T("alloc.unknown_candidate", "Ukendt kandidat-id '{0}'.", "Unknown candidate id '{0}'."),
        T("alloc.k_range", "k skal være mellem 1 og antallet af kandidater ({0}).", "k must be between 1 and the number of candidates ({0})."),
        T("alloc.fixed_do_not_fit", "{0} faste steder er flere end k = {1}.", "{0} fixed sites do not fit in k = {1}."),
        T("alloc.radius_rule", "Radius skal være et endeligt antal meter > 0.", "Radius must be a finite number of metres > 0."),
        T("alloc.coverage_share", "Dækningsmålet skal være en andel i (0, 1].", "Coverage target must be a share in (0, 1]."),
        T("alloc.coverage_lscp", "Dækningsmålet gælder kun for målet 'lscp'.", "Coverage target applies to objective 'lscp' only."),
        T("alloc.time_limit", "Tidsgrænsen skal ligge i (0, {0}] sekunder.", "Time limit must be in (0, {0}] seconds."),
        T("alloc.not_negative", "Skal være ≥ 0.", "Must be ≥ 0."),
        T("alloc.gap_range", "Skal ligge i [0, 1).", "Must be in [0, 1)."),
        T("alloc.minimum_not_negative", "Minimum skal være ≥ 0.", "Minimum must be ≥ 0."),
        T("alloc.fewer_than_minimum", "Området har {0} kandidater, færre end minimum {1}.", "Area has {0} candidates, fewer than the minimum {1}."),
        T("alloc.minimums_above_k", "Minimummene giver tilsammen {0}, mere end k = {1}.", "The minimums add up to {0}, more than k = {1}."),
    ];
}
