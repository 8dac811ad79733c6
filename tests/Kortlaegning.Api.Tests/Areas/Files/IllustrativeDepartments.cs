using NetTopologySuite.Geometries;

namespace Kortlaegning.Api.Tests.Areas.Files;

/// <summary>One generated department: code, name, an outline in EPSG:25832 and illustrative facts (not real data).</summary>
public sealed record GeneratedDepartment(string Code, string Name, Polygon Outline, string Organisation, int Homes, bool Board, string Municipality);

/// <summary>
/// Housing departments made up by a seeded generator, clearly illustrative: squares of 60–160 m on a 250 m lattice in
/// and around Odder town (EPSG:25832, all inside Odder municipality 0727), with invented organisations and homes.
/// The same seed gives the same file, so tests and benchmarks are repeatable.
/// </summary>
public static class IllustrativeDepartments
{
    /// <summary>South-west corner of the lattice: west of Odder town, inside the municipality.</summary>
    public const double X0 = 566_500, Y0 = 6_196_500;

    public const double Spacing = 250;

    /// <summary>A square in Aarhus C (0751), for tests of another municipality's department.</summary>
    public static Polygon InAarhus(double size = 100) => Square(575_000, 6_223_000, size);

    public static IReadOnlyList<GeneratedDepartment> Generate(int count, string prefix, int seed = 7)
    {
        var random = new Random(seed);
        int perRow = Math.Max(1, (int)Math.Ceiling(Math.Sqrt(count)));
        double spacing = count > 400 ? 8_000.0 / perRow : Spacing; // large sets shrink the lattice to stay in the municipality
        var list = new List<GeneratedDepartment>(count);
        for (int i = 0; i < count; i++)
        {
            double size = Math.Min(spacing * 0.8, 60 + random.NextDouble() * 100);
            var outline = Square(X0 + (i % perRow) * spacing, Y0 + (i / perRow) * spacing, size);
            list.Add(new GeneratedDepartment($"{prefix}-{i + 1}", $"Illustrativ afdeling {i + 1}", outline,
                $"Illustrativ Boligforening {1 + random.Next(5)}", 10 + random.Next(290), random.Next(2) == 1, "0727"));
        }
        return list;
    }

    public static Polygon Square(double x, double y, double size)
    {
        var f = new GeometryFactory(new PrecisionModel(), 25832);
        return f.CreatePolygon([new(x, y), new(x + size, y), new(x + size, y + size), new(x, y + size), new(x, y)]);
    }
}
