using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Api.Infrastructure.Localisation;
using Kortlaegning.Api.Infrastructure.Security;
using Kortlaegning.Api.Infrastructure.Validation;
using Kortlaegning.Api.Network;
using Kortlaegning.Domain.Allocation;
using Kortlaegning.Domain.Distance;
using Kortlaegning.Domain.Network;
using Kortlaegning.Domain.Spatial;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Kortlaegning.Api.Planning;

/// <summary>
/// Stored scenarios. Each handler goes one way: <see cref="ScenarioInputs"/> (body or stored definition → domain problem)
/// → the domain (<see cref="LocationAllocation"/>, <see cref="CoverageComparison"/>) → <see cref="ScenarioStore"/>.
/// Scenarios are edited under optimistic concurrency as facilities are (<see cref="Preconditions"/>): GET, create, edit
/// and run answer an ETag (the version, <c>"v3"</c>); PUT and DELETE require If-Match (428 without it, <c>*</c> for any
/// version) and answer 412 with <c>currentETag</c> when it is stale.
/// </summary>
public static class ScenarioEndpoints
{
    /// <summary>Where a client gets the ETag that PUT and DELETE require (named in the 428 answer).</summary>
    private const string ScenarioPath = "/api/plans/scenarios/{id}";

    private const string Resource = "planning scenario";

    internal static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/scenarios", List).WithName("ListPlanScenarios");
        group.MapGet("/scenarios/{id:int}", Get).WithName("GetPlanScenario")
            .WithSummary("One scenario with its last result, and its ETag.");
        group.MapPost("/scenarios", Create).WithName("CreatePlanScenario")
            .WithSummary("Store a scenario (checked as if it were solved, without solving). 201 with Location and ETag.")
            .WithMetadata(new RequestSizeLimitAttribute(PlanningEndpoints.MaxBodyBytes))
            .RequireAuthorization(Policies.Planner);
        group.MapPut("/scenarios/{id:int}", Replace).WithName("ReplacePlanScenario")
            .WithSummary("Replace a scenario's definition (the body of create, checked the same way) and clear its result. If-Match with the ETag from GET is required: 428 without, 412 when stale.")
            .WithMetadata(new RequestSizeLimitAttribute(PlanningEndpoints.MaxBodyBytes))
            .RequireAuthorization(Policies.Planner);
        group.MapDelete("/scenarios/{id:int}", Delete).WithName("DeletePlanScenario")
            .WithSummary("Delete a scenario. If-Match is required: 428 without, 412 when stale.")
            .RequireAuthorization(Policies.Planner);
        group.MapPut("/scenarios/{id:int}/state", SetState).WithName("SetPlanScenarioState")
            .WithSummary("Publish a scenario (`{\"state\":\"published\"}`) or take it back to draft. Drafts are read only by planners of the scenario's municipality. If-Match as for PUT.")
            .RequireAuthorization(Policies.Planner);
        group.MapPost("/scenarios/{id:int}/run", Run).WithName("RunPlanScenario").RequireRateLimiting(RateLimitPolicies.Solves)
            .WithSummary("Solve a stored scenario on the data loaded now, store the result and return it with the scenario's new ETag. 429 with Retry-After when the server is busy.")
            .RequireAuthorization(Policies.Planner);
        group.MapGet("/compare", Compare).WithName("ComparePlanScenarios")
            .WithSummary("Two run scenarios side by side: sites, coverage, and people newly covered by B on A's demand.");
    }

    internal static async Task<Results<Ok<List<ScenarioDto>>, ProblemHttpResult>> List(string? municipality, ScenarioStore store, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var code = municipality is null ? null : PlanInputs.Municipality(municipality, errors);
        if (errors.Any) return Problems.BadParameter("municipality", errors.ToDictionary()["municipality"][0]);
        return TypedResults.Ok(await store.ListAsync(code, ct));
    }

    internal static async Task<Results<Ok<ScenarioDto>, ProblemHttpResult>> Get(int id, HttpResponse response, ScenarioStore store, CancellationToken ct)
    {
        if (await store.GetAsync(id, ct) is not { } s) return NotFound(id);
        response.Headers.ETag = Preconditions.ETag(s.Version);
        response.Headers.CacheControl = "no-cache";
        return TypedResults.Ok(s);
    }

    internal static async Task<Results<Created<ScenarioDto>, ProblemHttpResult>> Create(
        ScenarioBody body, HttpResponse response, ScenarioInputs inputs, ScenarioStore store, SolveGate gate, CancellationToken ct)
    {
        if (gate.TimeLimitProblem(body.Parameters?.TimeLimitSeconds, "parameters.timeLimitSeconds") is { } capped) return capped;
        var (spec, errors, tooLarge) = await inputs.CheckAsync(body, ct);
        if (spec is null) return Invalid(errors, tooLarge);
        var stored = await store.CreateAsync(spec, ct);
        if (stored.Status == StoreStatus.NameTaken) return NameTaken(spec);
        response.Headers.ETag = Preconditions.ETag(stored.Value!.Version);
        return TypedResults.Created($"/api/plans/scenarios/{stored.Value.Id}", stored.Value);
    }

    internal static async Task<Results<Ok<ScenarioDto>, ProblemHttpResult>> Replace(
        int id, ScenarioBody body, HttpContext http, ScenarioInputs inputs, ScenarioStore store, SolveGate gate, CancellationToken ct)
    {
        if (gate.TimeLimitProblem(body.Parameters?.TimeLimitSeconds, "parameters.timeLimitSeconds") is { } capped) return capped;
        if (!Preconditions.TryIfMatch(http.Request, ScenarioPath, out var expected, out var precondition)) return precondition!;
        var (spec, errors, tooLarge) = await inputs.CheckAsync(body, ct);
        if (spec is null) return Invalid(errors, tooLarge);
        var stored = await store.UpdateAsync(id, expected, spec, ct);
        switch (stored.Status)
        {
            case StoreStatus.NotFound: return NotFound(id);
            case StoreStatus.Stale: return Preconditions.Stale(Resource, id, stored.CurrentVersion!.Value);
            case StoreStatus.NameTaken: return NameTaken(spec);
        }
        http.Response.Headers.ETag = Preconditions.ETag(stored.Value!.Version);
        return TypedResults.Ok(stored.Value);
    }

    internal static async Task<Results<Ok<ScenarioDto>, ProblemHttpResult>> SetState(int id, StateBody? body, HttpContext http, ScenarioStore store, CancellationToken ct)
    {
        if (!Preconditions.TryIfMatch(http.Request, ScenarioPath, out var expected, out var precondition)) return precondition!;
        var errors = new FieldErrors();
        if (Publication.Read(body, errors) is not { } state) return errors.ToProblem("The state was not changed");
        var stored = await store.SetStateAsync(id, expected, state, ct);
        switch (stored.Status)
        {
            case StoreStatus.NotFound: return NotFound(id);
            case StoreStatus.Stale: return Preconditions.Stale(Resource, id, stored.CurrentVersion!.Value);
        }
        http.Response.Headers.ETag = Preconditions.ETag(stored.Value!.Version);
        return TypedResults.Ok(stored.Value);
    }

    internal static async Task<Results<NoContent, ProblemHttpResult>> Delete(int id, HttpRequest request, ScenarioStore store, CancellationToken ct)
    {
        if (!Preconditions.TryIfMatch(request, ScenarioPath, out var expected, out var precondition)) return precondition!;
        var stored = await store.DeleteAsync(id, expected, ct);
        return stored.Status switch
        {
            StoreStatus.NotFound => NotFound(id),
            StoreStatus.Stale => Preconditions.Stale(Resource, id, stored.CurrentVersion!.Value),
            _ => TypedResults.NoContent(),
        };
    }

    /// <summary>Solves the scenario as stored now (demand rebuilt from PostGIS), stores and returns the result.</summary>
    internal static async Task<Results<Ok<ScenarioResult>, ProblemHttpResult>> Run(
        int id, HttpContext http, ScenarioStore store, ScenarioInputs inputs, SolveGate gate, DistanceProviders providers, CancellationToken ct)
    {
        var response = http.Response;
        if ((await store.FindAsync([id], ct)).GetValueOrDefault(id) is not { } scenario) return NotFound(id);
        store.RequireRun(scenario);
        // The slot covers building the demand too: for the grid of a large municipality that is most of a fast solve.
        if (gate.TimeLimitProblem(scenario.Spec.Parameters.TimeLimitSeconds, "parameters.timeLimitSeconds") is { } capped) return capped;
        using var slot = gate.TryEnter(SolveGate.UserKey(http));
        if (slot is null) return gate.Busy(response);
        var problem = await inputs.ProblemAsync(scenario.Spec, ct);
        if (problem.Plan.TooLarge) return PlanningEndpoints.TooLarge(problem.Plan.Errors);
        if (!problem.Plan.IsValid)
        {
            var errors = problem.Plan.Errors.ToDictionary();
            return Problems.Status(StatusCodes.Status409Conflict, "Scenario does not run",
                Texts.ScenarioNoLongerRuns.Format(string.Join("; ", errors.Select(kv => $"{kv.Key}: {string.Join(", ", kv.Value)}"))),
                new Dictionary<string, object?> { ["errors"] = errors });
        }
        var (distances, missing) = await PlanningEndpoints.DistanceAsync(providers, problem.Plan.Distance, ct);
        if (missing is not null) return missing;
        var solved = LocationAllocation.Solve(problem.Plan.Problem!, distances!, ct);
        var byId = problem.Candidates.ToDictionary(c => c.Site.Id, StringComparer.Ordinal);
        var result = ScenarioResult.From(solved, solved.Selected.Select(s => byId[s].ToSite()).ToList(), scenario.Spec.Parameters.RadiusMetres, problem.Demand.Count);
        var saved = await store.SaveResultAsync(scenario, result, ct);
        switch (saved.Status)
        {
            case StoreStatus.NotFound: return NotFound(id);
            case StoreStatus.EditedMeanwhile:
                return Problems.Status(StatusCodes.Status409Conflict, "Scenario edited while running",
                    Texts.ScenarioEdited.Format(id));
        }
        response.Headers.ETag = Preconditions.ETag(saved.Value);
        return TypedResults.Ok(result);
    }

    public sealed record CompareQuery(int? A, int? B);

    internal static async Task<Results<Ok<ScenarioComparison>, ProblemHttpResult>> Compare(
        [AsParameters] CompareQuery q, ScenarioStore store, ScenarioInputs inputs, DistanceProviders providers, CancellationToken ct)
    {
        if (q.A is not { } a) return Problems.BadParameter("a", Texts.ScenarioARequired.Get());
        if (q.B is not { } b) return Problems.BadParameter("b", Texts.ScenarioBRequired.Get());
        var found = await store.FindAsync([a, b], ct);
        if (!found.TryGetValue(a, out var sa) || !found.TryGetValue(b, out var sb)) return Problems.NotFound(Texts.ScenarioAOrB.Format(a, b));
        if (sa.Result is not { } ra || sb.Result is not { } rb)
        {
            var missing = string.Join(", ", new[] { sa, sb }.Where(s => s.Result is null).Select(s => $"{s.Id} '{s.Name}'"));
            return NotRun(Texts.RunBothFirst.Format(missing));
        }
        var errors = new FieldErrors();
        var points = await inputs.DemandAsync(sa.Spec, errors, ct);
        if (errors.Any) return NotRun(Texts.DemandNoLongerBuilt.Format(a));
        var demand = points.Select(p => new DemandPoint(p.Id, p.Location, p.Weight)).ToList();
        // Both sides are counted on A's demand and A's distance (straight, walk or bike), so the difference is B's sites alone.
        var mode = EnumNames.TryParse<DistanceMode>(sa.Spec.Parameters.Distance, out var m) ? m : DistanceMode.Straight;
        var (distances, missingNetwork) = await PlanningEndpoints.DistanceAsync(providers, mode, ct);
        if (missingNetwork is not null) return missingNetwork;
        var c = CoverageComparison.Compare(Sites(ra), ra.RadiusMetres, Sites(rb), rb.RadiusMetres, demand, distances!);
        return TypedResults.Ok(new ScenarioComparison(Side(sa, ra), Side(sb, rb), c.Shared, c.OnlyA, c.OnlyB,
            c.NewlyCoveredWeight, c.NewlyCoveredPoints, c.NoLongerCoveredWeight, c.NoLongerCoveredPoints, CoverageComparison.Rule));
    }

    private static List<ComparedSite> Sites(ScenarioResult r) => r.Sites.Select(s => new ComparedSite(s.Id, Crs.ToUtm32(s.Lon, s.Lat))).ToList();

    private static ComparedScenario Side(StoredScenario s, ScenarioResult r) =>
        new(s.Id, s.Name, r.Sites, r.CoveredWeight, r.TotalWeight, r.TotalWeight > 0 ? r.CoveredWeight / r.TotalWeight : 0, r.RadiusMetres);

    private static ProblemHttpResult NotRun(string detail) => Problems.Status(StatusCodes.Status409Conflict, "Not run yet", detail);

    private static ProblemHttpResult NotFound(int id) => Problems.NotFound(Texts.NoPlanningScenario.Format(id));

    private static ProblemHttpResult NameTaken(ScenarioSpec spec) =>
        Problems.Status(StatusCodes.Status409Conflict, "Name taken", Texts.ScenarioNameTaken.Format(spec.Municipality, spec.Name));

    private static ProblemHttpResult Invalid(FieldErrors errors, bool tooLarge) =>
        tooLarge ? PlanningEndpoints.TooLarge(errors) : errors.ToProblem("The scenario has errors");
}
