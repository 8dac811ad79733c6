namespace Kortlaegning.Domain.Network;

/// <summary>Which ways a network holds: walkable (footways, paths, residential streets …) or cyclable (cycleways, streets …).</summary>
public enum NetworkProfile
{
    Walk,
    Bike,
}

/// <summary>How distance is measured for a request: the straight line or a loaded street network.</summary>
public enum DistanceMode
{
    Straight,
    Walk,
    Bike,
}

public static class DistanceModes
{
    /// <summary>The network a mode needs; null for the straight line.</summary>
    public static NetworkProfile? Profile(this DistanceMode mode) => mode switch
    {
        DistanceMode.Walk => NetworkProfile.Walk,
        DistanceMode.Bike => NetworkProfile.Bike,
        _ => null,
    };
}
