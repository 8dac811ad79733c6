using System.Text.Json;
using Kortlaegning.Api.Infrastructure.Validation;
using Kortlaegning.Api.Planning;
using Kortlaegning.Domain.Allocation;

namespace Kortlaegning.Api.UnitTests.Planning;

public class PlanInputsTests
{
    private static SolveBody Body(string json) => JsonSerializer.Deserialize<SolveBody>(json, JsonSerializerOptions.Web)!;

    private const string Points = """
        "demand": [{"id": "d1", "lon": 8.45, "lat": 55.47, "weight": 1}],
        "candidates": [{"id": "c1", "lon": 8.45, "lat": 55.47}, {"id": "c2", "lon": 8.46, "lat": 55.47}]
        """;

    [Fact]
    public void AValidBodyBecomesTheDomainProblem()
    {
        var plan = PlanInputs.FromBody(Body($$"""{"objective": "pmedian", "k": 1, "radiusMetres": 800, {{Points}}}"""));
        Assert.True(plan.IsValid);
        Assert.Equal(AllocationObjective.PMedian, plan.Problem!.Objective);
        Assert.Equal(800, plan.Problem.RadiusMetres);
        Assert.Equal(SolverChoice.Auto, plan.Problem.Solver);
    }

    [Fact]
    public void TheDeprecatedRadiusMetersIsReadWhenRadiusMetresIsAbsent()
    {
        var plan = PlanInputs.FromBody(Body($$"""{"objective": "mclp", "k": 1, "radiusMeters": 650, {{Points}}}"""));
        Assert.Equal(650, plan.Problem!.RadiusMetres);
    }

    [Fact]
    public void NormalisedParametersAreWrittenWithTheNewSpellingOnly()
    {
        var parameters = new PlanParameters("mclp", 1, null, null, null, null, null) { RadiusMeters = 500 };
        var json = JsonSerializer.Serialize(parameters.Normalised(), JsonSerializerOptions.Web);
        Assert.Contains("\"radiusMetres\":500", json);
        Assert.DoesNotContain("radiusMeters", json);
    }

    [Fact]
    public void EveryBadFieldIsNamedInOneAnswer()
    {
        var plan = PlanInputs.FromBody(Body($$"""{"objective": "centre", "k": 1, "radiusMetres": -1, "solver": "fast", {{Points}}}"""));
        Assert.False(plan.IsValid);
        Assert.False(plan.TooLarge);
        Assert.Equal(["objective", "radiusMetres", "solver"], plan.Errors.ToDictionary().Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AScenarioNamesItsSettingsUnderParametersButItsPointsAtTheTop()
    {
        var errors = new FieldErrors();
        var demand = PlanInputs.Demand([new DemandBody("d1", 8.45, 55.47, -1)], "demand", errors);
        var candidates = PlanInputs.Candidates([new CandidateBody("c1", 8.45, 55.47, null)], "candidates", errors);
        var plan = PlanInputs.Checked(new PlanParameters("mclp", 5, 800, null, null, null, null), demand, candidates, [], errors, "parameters");
        Assert.Equal(["demand[0].weight", "parameters.k"], plan.Errors.ToDictionary().Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void APointOutsideDenmarkIsRefusedByCoordinate()
    {
        var errors = new FieldErrors();
        PlanInputs.Demand([new DemandBody("d1", 12.5, 41.9, 1)], "demand", errors);
        Assert.Equal(["demand[0].lat"], errors.ToDictionary().Keys);
    }
}
