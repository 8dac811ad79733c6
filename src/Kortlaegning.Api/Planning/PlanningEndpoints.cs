using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Domain.Allocation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Kortlaegning.Api.Planning;

/// <summary>
/// One-off solves and stored scenarios. Scenarios are edited under optimistic concurrency as facilities are
/// (<see cref="Preconditions"/>): GET, create, edit and run answer an ETag (the version, <c>"v3"</c>); PUT and DELETE
/// require If-Match (428 without it, <c>*</c> for any version) and answer 412 with <c>currentETag</c> when it is stale.
/// </summary>
public static class PlanningEndpoints
{
    /// <summary>Where a client gets the ETag that PUT and DELETE require (named in the 428 answer).</summary>
    private const string ScenarioPath = "/api/plans/scenarios/{id}";

    /// <summary>
    /// Largest request body for solves and scenarios: 200,000 demand and 20,000 candidate points at ~170 bytes each with
    /// generous ids. Bigger bodies are answered 413 before they are read.
    /// </summary>
    public const long MaxBodyBytes = 40L * 1024 * 1024;

    public static void MapPlanning(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/plans").WithTags("Planning");
        group.MapPost("/solve", Solve).WithName("SolvePlan")
            .WithSummary("Location-allocation (MCLP, p-median, LSCP) on posted demand and candidates in lon/lat; straight-line metres in EPSG:25832.")
            .WithDescription("Models, solvers, time limit and gap: docs/allocation.md.")
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes))
            .RequireAuthorization(Policies.Analyst);
        group.MapGet("/demand", Demand).WithName("PlanDemand")
            .WithSummary("A municipality's demand points (grid cells, parishes or housing departments) with weights, optionally need-weighted.");
        group.MapGet("/scenarios", ListScenarios).WithName("ListPlanScenarios");
        group.MapGet("/scenarios/{id:int}", GetScenario).WithName("GetPlanScenario")
            .WithSummary("One scenario with its last result, and its ETag.");
        group.MapPost("/scenarios", CreateScenario).WithName("CreatePlanScenario")
            .WithSummary("Store a scenario (checked as if it were solved, without solving). 201 with Location and ETag.")
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes))
            .RequireAuthorization(Policies.Planner);
        group.MapPut("/scenarios/{id:int}", ReplaceScenario).WithName("ReplacePlanScenario")
            .WithSummary("Replace a scenario's definition (the body of create, checked the same way) and clear its result. If-Match with the ETag from GET is required: 428 without, 412 when stale.")
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes))
            .RequireAuthorization(Policies.Planner);
        group.MapDelete("/scenarios/{id:int}", DeleteScenario).WithName("DeletePlanScenario")
            .WithSummary("Delete a scenario. If-Match is required: 428 without, 412 when stale.")
            .RequireAuthorization(Policies.Planner);
        group.MapPost("/scenarios/{id:int}/run", RunScenario).WithName("RunPlanScenario")
            .WithSummary("Solve a stored scenario on the data loaded now, store the result and return it with the scenario's new ETag.")
            .RequireAuthorization(Policies.Planner);
        group.MapGet("/compare", Compare).WithName("ComparePlanScenarios")
            .WithSummary("Two run scenarios side by side: sites, coverage, and people newly covered by B on A's demand.");
    }

    internal static Results<Ok<AllocationResult>, ValidationProblem, ProblemHttpResult> Solve(SolveBody body, PlanSolver solver, CancellationToken ct)
    {
        var outcome = solver.Solve(body, ct);
        if (outcome.TooLarge) return TooLarge(outcome.Errors);
        return outcome.Result is { } result ? TypedResults.Ok(result) : TypedResults.ValidationProblem(outcome.Errors, title: "The planning request has errors");
    }

    public sealed record DemandQuery(string? Municipality, string? Source, int? NeedPresetId);

    public sealed record DemandResponse(string Municipality, string MunicipalityName, string Source, int? NeedPresetId, double TotalWeight, IReadOnlyList<DemandPointDto> Points);

    public sealed record DemandPointDto(string Id, double Lon, double Lat, double Weight);

    internal static async Task<Results<Ok<DemandResponse>, ValidationProblem, ProblemHttpResult>> Demand([AsParameters] DemandQuery q, DemandBuilder demand, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var municipality = ScenarioInputBuilder.Municipality(q.Municipality, errors);
        var source = q.Source ?? "grid";
        if (source is not ("grid" or "parishes" or "housing_departments")) errors.Add("source", "One of: grid, parishes, housing_departments.");
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());
        if (await demand.MunicipalityNameAsync(municipality!, ct) is not { } name) return Problems.NotFound($"No municipality {municipality}.");
        var points = await demand.BuildAsync(municipality!, source, null, q.NeedPresetId, "", errors, ct);
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());
        var dto = points.Select(p => new DemandPointDto(p.Id, Math.Round(p.Lon, 6), Math.Round(p.Lat, 6), Math.Round(p.Weight, 3))).ToList();
        return TypedResults.Ok(new DemandResponse(municipality!, name, source, q.NeedPresetId, points.Sum(p => p.Weight), dto));
    }

    internal static async Task<Results<Ok<List<ScenarioDto>>, ProblemHttpResult>> ListScenarios(string? municipality, ScenarioService scenarios, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var code = municipality is null ? null : ScenarioInputBuilder.Municipality(municipality, errors);
        if (errors.Any) return Problems.BadParameter("municipality", errors.ToDictionary()["municipality"][0]);
        return TypedResults.Ok(await scenarios.ListAsync(code, ct));
    }

    internal static async Task<Results<Ok<ScenarioDto>, ProblemHttpResult>> GetScenario(int id, HttpResponse response, ScenarioService scenarios, CancellationToken ct)
    {
        if (await scenarios.GetAsync(id, ct) is not { } s) return ScenarioNotFound(id);
        response.Headers.ETag = Preconditions.ETag(s.Version);
        response.Headers.CacheControl = "no-cache";
        return TypedResults.Ok(s);
    }

    internal static async Task<Results<Created<ScenarioDto>, ValidationProblem, ProblemHttpResult>> CreateScenario(
        ScenarioBody body, HttpResponse response, ScenarioService scenarios, CancellationToken ct)
    {
        var outcome = await scenarios.CreateAsync(body, ct);
        if (Refused(outcome) is { } problem) return problem;
        if (outcome.Errors is { } errors) return Invalid(errors);
        response.Headers.ETag = Preconditions.ETag(outcome.Value!.Version);
        return TypedResults.Created($"/api/plans/scenarios/{outcome.Value.Id}", outcome.Value);
    }

    internal static async Task<Results<Ok<ScenarioDto>, ValidationProblem, ProblemHttpResult>> ReplaceScenario(
        int id, ScenarioBody body, HttpContext http, ScenarioService scenarios, CancellationToken ct)
    {
        if (!Preconditions.TryIfMatch(http.Request, ScenarioPath, out var expected, out var precondition)) return precondition!;
        var outcome = await scenarios.UpdateAsync(id, expected, body, ct);
        if (outcome.NotFound) return ScenarioNotFound(id);
        if (outcome.Stale is { } current) return Preconditions.Stale("planning scenario", id, current);
        if (Refused(outcome) is { } problem) return problem;
        if (outcome.Errors is { } errors) return Invalid(errors);
        http.Response.Headers.ETag = Preconditions.ETag(outcome.Value!.Version);
        return TypedResults.Ok(outcome.Value);
    }

    internal static async Task<Results<NoContent, ProblemHttpResult>> DeleteScenario(int id, HttpRequest request, ScenarioService scenarios, CancellationToken ct)
    {
        if (!Preconditions.TryIfMatch(request, ScenarioPath, out var expected, out var precondition)) return precondition!;
        var outcome = await scenarios.DeleteAsync(id, expected, ct);
        if (outcome.NotFound) return ScenarioNotFound(id);
        if (outcome.Stale is { } current) return Preconditions.Stale("planning scenario", id, current);
        return TypedResults.NoContent();
    }

    internal static async Task<Results<Ok<ScenarioResult>, ProblemHttpResult>> RunScenario(int id, HttpResponse response, ScenarioService scenarios, CancellationToken ct)
    {
        var outcome = await scenarios.RunAsync(id, ct);
        if (outcome.NotFound) return ScenarioNotFound(id);
        if (outcome.TooLarge) return TooLarge(outcome.Errors!);
        if (outcome.Conflict is { } conflict)
        {
            // Without field errors the scenario did run, but was edited meanwhile (its result was dropped).
            return outcome.Errors is null
                ? Problems.Status(409, "Scenario edited while running", conflict)
                : Problems.Status(409, "Scenario does not run", conflict, new Dictionary<string, object?> { ["errors"] = outcome.Errors });
        }
        response.Headers.ETag = Preconditions.ETag(outcome.Value!.Version);
        return TypedResults.Ok(outcome.Value.Result);
    }

    public sealed record CompareQuery(int? A, int? B);

    internal static async Task<Results<Ok<ScenarioComparison>, ProblemHttpResult>> Compare([AsParameters] CompareQuery q, ScenarioService scenarios, CancellationToken ct)
    {
        if (q.A is not { } a) return Problems.BadParameter("a", "Required: the id of scenario A (the baseline).");
        if (q.B is not { } b) return Problems.BadParameter("b", "Required: the id of scenario B.");
        var outcome = await scenarios.CompareAsync(a, b, ct);
        if (outcome.NotFound) return Problems.NotFound($"Scenario {a} or {b} does not exist.");
        if (outcome.Conflict is { } conflict) return Problems.Status(409, "Not run yet", conflict);
        return TypedResults.Ok(outcome.Value!);
    }

    private static ProblemHttpResult ScenarioNotFound(int id) => Problems.NotFound($"No planning scenario {id}.");

    /// <summary>What create and edit refuse alike before any field error: a body too large (413) or a name taken (409).</summary>
    private static ProblemHttpResult? Refused(ScenarioOutcome<ScenarioDto> outcome) =>
        outcome.TooLarge ? TooLarge(outcome.Errors!)
        : outcome.Conflict is { } conflict ? Problems.Status(409, "Name taken", conflict)
        : null;

    private static ValidationProblem Invalid(Dictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "The scenario has errors");

    private static ProblemHttpResult TooLarge(Dictionary<string, string[]> errors) =>
        Problems.Status(StatusCodes.Status413PayloadTooLarge, "Too large",
            string.Join(" ", errors.SelectMany(kv => kv.Value)), new Dictionary<string, object?> { ["errors"] = errors });
}
