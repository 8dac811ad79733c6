using Kortlaegning.Domain.Distance;
using Kortlaegning.Domain.Network;

namespace Kortlaegning.Domain.Tests.Network;

/// <summary>
/// A 4 × 4 street grid with 100 m blocks (vertex id 10·column + row + 1 at (100·column, 100·row)) cut by a river between
/// columns 1 and 2 that only a bridge on the top row (y = 300) crosses: (100, 0) and (200, 0) are 100 m apart in a
/// straight line and 300 + 100 + 300 = 700 m apart on foot.
/// </summary>
internal static class RiverGrid
{
    public const int Size = 4;

    public static long Id(int column, int row) => 10 * column + row + 1;

    public static PlanarPoint At(int column, int row) => new(100 * column, 100 * row);

    public static List<StreetEdge> Edges()
    {
        var edges = new List<StreetEdge>();
        long id = 1;
        for (int c = 0; c < Size; c++)
        {
            for (int r = 0; r < Size; r++)
            {
                if (r + 1 < Size) edges.Add(new StreetEdge(id++, Id(c, r), Id(c, r + 1), 100, [At(c, r), At(c, r + 1)]));
                bool river = c == 1;
                if (c + 1 < Size && (!river || r == Size - 1)) edges.Add(new StreetEdge(id++, Id(c, r), Id(c + 1, r), 100, [At(c, r), At(c + 1, r)]));
            }
        }
        return edges;
    }

    public static NetworkDistance Provider(double snapMetres = 60) => new(StreetGraph.Build(Edges()), NetworkProfile.Walk, snapMetres);
}
