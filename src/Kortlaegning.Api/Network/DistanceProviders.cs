using Kortlaegning.Api.Infrastructure.Localisation;
using Kortlaegning.Domain.Distance;
using Kortlaegning.Domain.Network;

namespace Kortlaegning.Api.Network;

/// <summary>
/// Distance by name for access, planning and isochrones: <c>straight</c> is the registered straight-line provider;
/// <c>walk</c> and <c>bike</c> the loaded street network of that profile, or <see cref="NetworkMissingException"/> (409).
/// </summary>
public sealed class DistanceProviders(IDistanceProvider straight, NetworkGraphs graphs)
{
    public async Task<IDistanceProvider> GetAsync(DistanceMode mode, CancellationToken ct)
    {
        if (mode.Profile() is not { } profile) return straight;
        return await graphs.GetAsync(profile, ct) ?? throw new NetworkMissingException(NetworkStore.ProfileName(profile));
    }

    /// <summary>Problem for a missing network: 409 naming the import command.</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Missing(NetworkMissingException e) =>
        Infrastructure.Problems.Status(StatusCodes.Status409Conflict, "No street network loaded", Texts.NoNetwork.Format(e.Profile),
            new Dictionary<string, object?> { ["profile"] = e.Profile, ["command"] = $"kortlaegning import network --file EXTRACT.osm.pbf --profile {e.Profile}" });
}
