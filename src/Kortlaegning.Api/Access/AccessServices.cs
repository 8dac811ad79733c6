using Kortlaegning.Api.Facilities;
using Kortlaegning.Domain.Distance;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kortlaegning.Api.Access;

public static class AccessServices
{
    /// <summary>
    /// Access measures, live and stored, kept in step with facility writes as an <see cref="IFacilityChangeHandler"/>.
    /// Distances are straight lines in EPSG:25832 until a network provider replaces the registration (planning uses it too).
    /// </summary>
    public static IServiceCollection AddAccess(this IServiceCollection services)
    {
        services.TryAddSingleton<IDistanceProvider>(EuclideanDistance.Instance);
        return services
            .AddSingleton<AccessStore>()
            .AddSingleton<PopulationPoints>()
            .AddSingleton<AccessCalculator>()
            .AddSingleton<AccessRefresher>()
            .AddSingleton<IFacilityChangeHandler>(sp => sp.GetRequiredService<AccessRefresher>());
    }
}
