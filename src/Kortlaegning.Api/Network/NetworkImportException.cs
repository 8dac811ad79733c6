namespace Kortlaegning.Api.Network;

/// <summary>The network file was refused and nothing was written (CLI exit code 1; HTTP 422 where an endpoint imports).</summary>
public sealed class NetworkImportException(string message) : Exception(message);

/// <summary>A request asked for a network distance that no loaded network can give (HTTP 409 naming the import command).</summary>
public sealed class NetworkMissingException(string profile)
    : Exception($"No {profile} network is loaded. Import one first: kortlaegning import network --file EXTRACT.osm.pbf --profile {profile} (docs/network.md).")
{
    public string Profile { get; } = profile;
}
