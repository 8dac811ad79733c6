using System.Text.Json;
using Kortlaegning.Domain.Allocation;
using Kortlaegning.Domain.Distance;
using Kortlaegning.Domain.Spatial;
using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;

namespace Kortlaegning.Bench.Allocation;

/// <summary>
/// Seeded location-allocation instances inside a real municipality (DAGI kommuner.geojson, lon/lat with z = −999):
/// the polygons are projected to EPSG:25832 and points drawn uniformly by rejection sampling in the bounding box.
/// </summary>
internal static class MunicipalityInstances
{
    public static Geometry Load(string geojsonPath, string komkode)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(geojsonPath));
        var factory = new GeometryFactory(new PrecisionModel(), Crs.Utm32);
        var polygons = new List<Polygon>();
        foreach (var f in doc.RootElement.GetProperty("features").EnumerateArray())
        {
            if (f.GetProperty("properties").GetProperty("KOMKODE").GetString() != komkode) continue;
            var g = f.GetProperty("geometry");
            var parts = g.GetProperty("type").GetString() == "Polygon"
                ? [g.GetProperty("coordinates")]
                : g.GetProperty("coordinates").EnumerateArray().ToArray();
            foreach (var poly in parts)
            {
                var rings = poly.EnumerateArray().Select(r => factory.CreateLinearRing(r.EnumerateArray()
                    .Select(c => Crs.ToUtm32(c[0].GetDouble(), c[1].GetDouble()))
                    .Select(p => new Coordinate(p.X, p.Y)).ToArray())).ToArray();
                polygons.Add(factory.CreatePolygon(rings[0], rings[1..]));
            }
        }
        if (polygons.Count == 0) throw new ArgumentException($"No municipality {komkode} in {geojsonPath}.");
        return factory.CreateMultiPolygon(polygons.ToArray());
    }

    public static PlanarPoint[] Sample(Geometry area, int count, Random rng)
    {
        var locator = new IndexedPointInAreaLocator(area);
        var env = area.EnvelopeInternal;
        var points = new PlanarPoint[count];
        for (int n = 0; n < count;)
        {
            var c = new Coordinate(env.MinX + rng.NextDouble() * env.Width, env.MinY + rng.NextDouble() * env.Height);
            if (locator.Locate(c) == Location.Interior) points[n++] = new PlanarPoint(c.X, c.Y);
        }
        return points;
    }

    public static AllocationProblem Mclp(Geometry area, int seed, int demand, int candidates, int k, double radius)
    {
        var rng = new Random(seed);
        var d = Sample(area, demand, rng).Select((p, i) => new DemandPoint($"d{i}", p, rng.Next(1, 501))).ToArray();
        var c = Sample(area, candidates, rng).Select((p, j) => new CandidateSite($"c{j}", p)).ToArray();
        return new AllocationProblem { Objective = AllocationObjective.Mclp, K = k, RadiusMetres = radius, Demand = d, Candidates = c };
    }

    /// <summary>A benchmark case's MCLP (seed 6) as the exact solver sees it: the cover instance after reduction.</summary>
    public static CoverInstance ReducedCover(AllocationComparison.Case c, string geojsonPath = "/work/shared/data/dagi/kommuner.geojson")
    {
        var problem = Mclp(Load(geojsonPath, c.Komkode), seed: 6, c.Demand, c.Candidates, c.K, c.Radius);
        return CoverReduction.Reduce(new AllocationInput(problem, EuclideanDistance.Instance).CoverInstance(), keepK: true).Instance;
    }

    /// <summary>
    /// Text file read by bench/allocation/pulp_mclp.py: "n m k radius", then one line per demand point:
    /// its weight followed by the indices of the candidates within the radius (the same coverage sets our solver uses).
    /// </summary>
    public static void Write(AllocationProblem p, string path)
    {
        var within = EuclideanDistance.Instance.Within(p.Demand.Select(d => d.Location).ToArray(), p.Candidates.Select(c => c.Location).ToArray(), p.RadiusMetres!.Value);
        using var w = new StreamWriter(path);
        w.WriteLine($"{p.Demand.Count} {p.Candidates.Count} {p.K} {p.RadiusMetres}");
        for (int i = 0; i < within.Length; i++)
        {
            w.Write(p.Demand[i].Weight);
            foreach (var nb in within[i].OrderBy(n => n.Index)) w.Write($" {nb.Index}");
            w.WriteLine();
        }
    }
}
