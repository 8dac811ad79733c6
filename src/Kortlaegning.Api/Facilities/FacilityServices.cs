namespace Kortlaegning.Api.Facilities;

public static class FacilityServices
{
    /// <summary>Facilities: the taxonomy, the store and the dispatcher of committed changes (handlers register themselves).</summary>
    public static IServiceCollection AddFacilities(this IServiceCollection services) => services
        .AddSingleton(_ => FacilityTypes.Load())
        .AddSingleton<FacilityChanges>()
        .AddSingleton<FacilityStore>();
}
