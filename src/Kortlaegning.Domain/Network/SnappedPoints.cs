namespace Kortlaegning.Domain.Network;

/// <summary>
/// Snapped points grouped by edge in compressed rows: the points on edge e are <c>Point[Start[e]..Start[e+1]]</c> with
/// their offsets from the edge's source and their snapping metres. Unreachable points are in no row.
/// </summary>
internal sealed class SnappedPoints
{
    public SnappedPoints(StreetGraph graph, NetworkSnap[] snaps)
    {
        Snaps = snaps;
        Start = new int[graph.EdgeCount + 1];
        foreach (var s in snaps) if (s.Reachable) Start[s.Edge + 1]++;
        for (int e = 0; e < graph.EdgeCount; e++) Start[e + 1] += Start[e];
        Point = new int[Start[^1]];
        Offset = new double[Point.Length];
        Metres = new double[Point.Length];
        var fill = Start[..^1];
        for (int i = 0; i < snaps.Length; i++)
        {
            if (!snaps[i].Reachable) continue;
            int at = fill[snaps[i].Edge]++;
            (Point[at], Offset[at], Metres[at]) = (i, snaps[i].Offset, snaps[i].Metres);
        }
    }

    public NetworkSnap[] Snaps { get; }
    public int[] Start { get; }
    public int[] Point { get; }
    public double[] Offset { get; }
    public double[] Metres { get; }
    public int Count => Snaps.Length;
}
