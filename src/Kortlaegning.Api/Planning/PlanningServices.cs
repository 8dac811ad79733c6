namespace Kortlaegning.Api.Planning;

public static class PlanningServices
{
    /// <summary>Planning asks the <see cref="Domain.Distance.IDistanceProvider"/> registered with facility access.</summary>
    public static IServiceCollection AddPlanning(this IServiceCollection services) => services
        .AddSingleton<PlanSolver>()
        .AddSingleton<DemandBuilder>()
        .AddSingleton<ScenarioInputBuilder>()
        .AddSingleton<ScenarioService>();
}
