namespace Kortlaegning.Api.Planning;

public static class PlanningServices
{
    /// <summary>Planning asks the <see cref="Domain.Distance.IDistanceProvider"/> registered with facility access.</summary>
    public static IServiceCollection AddPlanning(this IServiceCollection services)
    {
        services.AddOptions<PlanningOptions>().BindConfiguration(PlanningOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services
            .AddSingleton<SolveGate>()
            .AddSingleton<PlanningSource>()
            .AddSingleton<DemandBuilder>()
            .AddSingleton<ScenarioStore>()
            .AddSingleton<ScenarioInputs>();
    }
}
