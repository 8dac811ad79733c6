using Kortlaegning.Api.Access;
using Kortlaegning.Domain.Distance;

namespace Kortlaegning.Api.Facilities;

public static class FacilityServices
{
    /// <summary>Facilities and the access measures computed from them. Distances are straight lines in EPSG:25832 until a network provider replaces this registration.</summary>
    public static IServiceCollection AddFacilities(this IServiceCollection services) => services
        .AddSingleton(_ => FacilityTypes.Load())
        .AddSingleton<FacilityStore>()
        .AddSingleton<IDistanceProvider>(EuclideanDistance.Instance)
        .AddSingleton<PopulationPoints>()
        .AddSingleton<AccessCalculator>()
        .AddSingleton<AccessRefresher>();
}
