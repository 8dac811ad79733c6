using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Domain.Allocation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Kortlaegning.Api.Planning;

public static class PlanningEndpoints
{
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
        group.MapGet("/scenarios/{id:int}", GetScenario).WithName("GetPlanScenario");
        group.MapPost("/scenarios", CreateScenario).WithName("CreatePlanScenario")
            .WithSummary("Store a scenario (checked as if it were solved, without solving).")
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes))
            .RequireAuthorization(Policies.Planner);
        group.MapPost("/scenarios/{id:int}/run", RunScenario).WithName("RunPlanScenario")
            .WithSummary("Solve a stored scenario on the data loaded now, store the result and return it.")
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

    internal static async Task<Results<Ok<ScenarioDto>, ProblemHttpResult>> GetScenario(int id, ScenarioService scenarios, CancellationToken ct) =>
        await scenarios.GetAsync(id, ct) is { } s ? TypedResults.Ok(s) : Problems.NotFound($"No planning scenario {id}.");

    internal static async Task<Results<Created<ScenarioDto>, ValidationProblem, ProblemHttpResult>> CreateScenario(ScenarioBody body, ScenarioService scenarios, CancellationToken ct)
    {
        var outcome = await scenarios.CreateAsync(body, ct);
        if (outcome.TooLarge) return TooLarge(outcome.Errors!);
        if (outcome.Conflict is { } conflict) return Problems.Status(409, "Name taken", conflict);
        if (outcome.Errors is { } errors) return TypedResults.ValidationProblem(errors, title: "The scenario has errors");
        return TypedResults.Created($"/api/plans/scenarios/{outcome.Value!.Id}", outcome.Value);
    }

    internal static async Task<Results<Ok<ScenarioResult>, ProblemHttpResult>> RunScenario(int id, ScenarioService scenarios, CancellationToken ct)
    {
        var outcome = await scenarios.RunAsync(id, ct);
        if (outcome.NotFound) return Problems.NotFound($"No planning scenario {id}.");
        if (outcome.TooLarge) return TooLarge(outcome.Errors!);
        if (outcome.Conflict is { } conflict)
        {
            return Problems.Status(409, "Scenario does not run", conflict, new Dictionary<string, object?> { ["errors"] = outcome.Errors });
        }
        return TypedResults.Ok(outcome.Value!);
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

    private static ProblemHttpResult TooLarge(Dictionary<string, string[]> errors) =>
        Problems.Status(StatusCodes.Status413PayloadTooLarge, "Too large",
            string.Join(" ", errors.SelectMany(kv => kv.Value)), new Dictionary<string, object?> { ["errors"] = errors });
}
