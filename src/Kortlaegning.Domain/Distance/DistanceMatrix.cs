namespace Kortlaegning.Domain.Distance;

/// <summary>Complete origin × destination distances through any provider.</summary>
public static class DistanceMatrix
{
    /// <summary>
    /// Metres from every origin to every destination, row-major (<c>[i · destinations + j]</c>), +∞ where the provider
    /// connects no path. Straight lines are computed pair by pair; any other provider answers one unbounded radius query,
    /// which a street network runs as one search per point of the smaller set (pair by pair it would search the whole
    /// network for every pair: 400,000 searches for 20 sites and 20,000 demand points).
    /// </summary>
    public static double[] Complete(this IDistanceProvider provider, IReadOnlyList<PlanarPoint> origins, IReadOnlyList<PlanarPoint> destinations)
    {
        ArgumentNullException.ThrowIfNull(provider);
        int m = destinations.Count;
        var metres = new double[(long)origins.Count * m];
        if (provider is EuclideanDistance)
        {
            for (int i = 0; i < origins.Count; i++) for (int j = 0; j < m; j++) metres[(long)i * m + j] = provider.Between(origins[i], destinations[j]);
            return metres;
        }
        Array.Fill(metres, double.PositiveInfinity);
        var rows = provider.Within(origins, destinations, double.PositiveInfinity);
        for (int i = 0; i < rows.Length; i++) foreach (var nb in rows[i]) metres[(long)i * m + nb.Index] = nb.Metres;
        return metres;
    }
}
