namespace Kortlaegning.Domain.Distance;

/// <summary>
/// Straight-line distance in a projected CRS. Radius and nearest queries go through a uniform bucket grid
/// (<see cref="PointGrid"/>), so 50,000 × 2,000 look-ups cost O(n·k) rather than O(n·m).
/// </summary>
public sealed class EuclideanDistance : IDistanceProvider
{
    public static readonly EuclideanDistance Instance = new();

    public string Name => "euclidean";

    public double Between(PlanarPoint a, PlanarPoint b)
    {
        double dx = a.X - b.X, dy = a.Y - b.Y;
        return Math.Sqrt(dx * dx + dy * dy);
    }

    public IReadOnlyList<Neighbour>[] Within(IReadOnlyList<PlanarPoint> origins, IReadOnlyList<PlanarPoint> destinations, double maxMetres)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxMetres);
        var result = new IReadOnlyList<Neighbour>[origins.Count];
        if (destinations.Count == 0)
        {
            Array.Fill(result, Array.Empty<Neighbour>());
            return result;
        }
        var grid = new PointGrid(destinations, Math.Max(maxMetres, 1));
        for (int i = 0; i < origins.Count; i++)
        {
            result[i] = grid.Within(origins[i], maxMetres);
        }
        return result;
    }

    public Neighbour[] Nearest(IReadOnlyList<PlanarPoint> origins, IReadOnlyList<PlanarPoint> destinations)
    {
        var result = new Neighbour[origins.Count];
        if (destinations.Count == 0)
        {
            Array.Fill(result, new Neighbour(-1, double.PositiveInfinity));
            return result;
        }
        var grid = new PointGrid(destinations, PointGrid.SuggestCellSize(destinations));
        for (int i = 0; i < origins.Count; i++)
        {
            result[i] = grid.Nearest(origins[i]);
        }
        return result;
    }
}
