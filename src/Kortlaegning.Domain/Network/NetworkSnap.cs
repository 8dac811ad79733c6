namespace Kortlaegning.Domain.Network;

/// <summary>
/// Where a point joins the street graph: on edge <paramref name="Edge"/> at <paramref name="Offset"/> metres from the
/// edge's source along its line, <paramref name="Metres"/> from the point (the straight stretch walked to the street,
/// added to every network distance). <c>Edge = -1</c>: no street within the snapping distance, the point is unreachable.
/// </summary>
public readonly record struct NetworkSnap(int Edge, double Offset, double Metres)
{
    public static readonly NetworkSnap Unreachable = new(-1, 0, double.PositiveInfinity);

    public bool Reachable => Edge >= 0;
}
