using BenchmarkDotNet.Attributes;
using Kortlaegning.Domain.Access;
using Kortlaegning.Domain.Distance;

namespace Kortlaegning.Bench.Access;

/// <summary>
/// Issue 5 target: all 2,148 parishes for one facility type, 10,000 facilities, ~38,870 populated 1 km cells,
/// under 500 ms in process. Synthetic, seeded: parishes are random centres over a Denmark-sized extent
/// (EPSG:25832 x 440–900 km, y 6,050–6,400 km) and each cell lies within a few km of its parish centre.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class AccessBenchmarks
{
    private const int Areas = 2_148, Points = 38_870, Facilities = 10_000;
    private const double MinX = 440_000, MaxX = 900_000, MinY = 6_050_000, MaxY = 6_400_000;

    private PopulationPoint[] _points = [];
    private SupplyPoint[] _facilities = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20_260_505);
        var centres = Enumerable.Range(0, Areas)
            .Select(_ => new PlanarPoint(MinX + random.NextDouble() * (MaxX - MinX), MinY + random.NextDouble() * (MaxY - MinY)))
            .ToArray();
        _points = Enumerable.Range(0, Points).Select(i =>
        {
            var c = centres[i % Areas];
            // Cell centres on the 1 km grid near the parish centre; populations skewed like real cells (many small, few large).
            double x = Math.Floor(c.X / 1000 + Gaussian(random) * 3) * 1000 + 500;
            double y = Math.Floor(c.Y / 1000 + Gaussian(random) * 3) * 1000 + 500;
            double population = Math.Round(Math.Exp(3 + 1.5 * Gaussian(random)));
            return new PopulationPoint(new PlanarPoint(x, y), population, i % Areas);
        }).ToArray();
        _facilities = Enumerable.Range(0, Facilities)
            .Select(_ => new SupplyPoint(new PlanarPoint(MinX + random.NextDouble() * (MaxX - MinX), MinY + random.NextDouble() * (MaxY - MinY)), 1 + random.Next(10)))
            .ToArray();
    }

    [Benchmark(Description = "2SFCA, catchment 10 km, within 2 km")]
    public AreaAccess[] TwoStep() =>
        FacilityAccess.Compute(_points, Areas, _facilities, new AccessOptions(2_000, Catchment.Uniform(10_000)), EuclideanDistance.Instance);

    [Benchmark(Description = "E2SFCA, Gaussian thirds of 15 km, within 2 km")]
    public AreaAccess[] EnhancedTwoStep() =>
        FacilityAccess.Compute(_points, Areas, _facilities, new AccessOptions(2_000, Catchment.GaussianThirds(15_000)), EuclideanDistance.Instance);

    [Benchmark(Description = "E2SFCA, Gaussian thirds of 30 km, within 2 km")]
    public AreaAccess[] EnhancedTwoStepWide() =>
        FacilityAccess.Compute(_points, Areas, _facilities, new AccessOptions(2_000, Catchment.GaussianThirds(30_000)), EuclideanDistance.Instance);

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
