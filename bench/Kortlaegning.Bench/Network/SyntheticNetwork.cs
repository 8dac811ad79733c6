using Kortlaegning.Domain.Distance;
using Kortlaegning.Domain.Network;

namespace Kortlaegning.Bench.Network;

/// <summary>
/// An ILLUSTRATIVE street network the size of a Danish municipality (Odder: 224 km²; this one 16 × 16 km): junctions on
/// a 100 m grid jittered by up to ±25 m, a street to the east and north neighbour each, 15 % of the streets left out at
/// random (cul-de-sacs, blocks without a through road), and a river down the middle crossed by three bridges only — so
/// network distances differ from straight lines the way a real town's do. Placed in EPSG:25832 near Odder.
/// </summary>
public sealed record SyntheticNetwork(IReadOnlyList<StreetEdge> Edges, double SideMetres, PlanarPoint Origin)
{
    private const int Side = 160;
    private const double Spacing = 100;

    public static SyntheticNetwork Build(Random rng)
    {
        var origin = new PlanarPoint(565_000, 6_200_000);
        var xy = new PlanarPoint[Side, Side];
        for (int i = 0; i < Side; i++)
        {
            for (int j = 0; j < Side; j++)
            {
                xy[i, j] = new PlanarPoint(origin.X + i * Spacing + (rng.NextDouble() - 0.5) * 50, origin.Y + j * Spacing + (rng.NextDouble() - 0.5) * 50);
            }
        }
        var bridges = new HashSet<int> { 25, 80, 135 };
        var edges = new List<StreetEdge>();
        long Id(int i, int j) => 1 + i * (long)Side + j;
        void Add(int i, int j, int k, int l)
        {
            var a = xy[i, j];
            var b = xy[k, l];
            edges.Add(new StreetEdge(edges.Count + 1, Id(i, j), Id(k, l), Math.Sqrt((a.X - b.X) * (a.X - b.X) + (a.Y - b.Y) * (a.Y - b.Y)), [a, b]));
        }
        for (int i = 0; i < Side; i++)
        {
            for (int j = 0; j < Side; j++)
            {
                bool river = i == Side / 2 - 1;
                if (i + 1 < Side && (river ? bridges.Contains(j) : rng.NextDouble() >= 0.15)) Add(i, j, i + 1, j);
                if (j + 1 < Side && rng.NextDouble() >= 0.15) Add(i, j, i, j + 1);
            }
        }
        return new SyntheticNetwork(edges, (Side - 1) * Spacing, origin);
    }

    public PlanarPoint RandomPoint(Random rng) => new(Origin.X + rng.NextDouble() * SideMetres, Origin.Y + rng.NextDouble() * SideMetres);
}
