namespace Kortlaegning.Domain.Network;

/// <summary>
/// How a set of points joins the network: <paramref name="Unreachable"/> of <paramref name="Count"/> lie farther than
/// <paramref name="LimitMetres"/> from every street; the others walk at most <paramref name="MaxMetres"/> (mean
/// <paramref name="MeanMetres"/>) to reach one, which every network distance includes.
/// </summary>
public sealed record SnapSummary(int Count, int Unreachable, double MaxMetres, double MeanMetres, double LimitMetres)
{
    public static SnapSummary Of(IReadOnlyList<NetworkSnap> snaps, double limit)
    {
        int reachable = 0;
        double max = 0, sum = 0;
        foreach (var s in snaps)
        {
            if (!s.Reachable) continue;
            reachable++;
            max = Math.Max(max, s.Metres);
            sum += s.Metres;
        }
        return new SnapSummary(snaps.Count, snaps.Count - reachable, Math.Round(max, 1), reachable > 0 ? Math.Round(sum / reachable, 1) : 0, limit);
    }
}
