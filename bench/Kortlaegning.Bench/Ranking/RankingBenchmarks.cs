using BenchmarkDotNet.Attributes;
using Kortlaegning.Domain.Indicators;
using Kortlaegning.Domain.Ranking;

namespace Kortlaegning.Bench.Ranking;

/// <summary>
/// Issue 4's target: 2,148 areas (every parish in the five municipalities' scope, rounded up) × 12 indicators with a
/// 1,000-draw sensitivity in under 150 ms in process. Synthetic, seeded data with 2 % missing values so the
/// "incomplete area" path is exercised too.
/// </summary>
[MemoryDiagnoser]
public class RankingBenchmarks
{
    private const int Areas = 2_148;
    private const int Indicators = 12;

    private RankingRequest _withSensitivity = null!;
    private RankingRequest _withoutSensitivity = null!;

    [Params(RankingMethod.ZScore, RankingMethod.RankExponential)]
    public RankingMethod Normalisation { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2148);
        var polarities = new[] { Polarity.LowIsGood, Polarity.HighIsGood, Polarity.NoJudgement };
        var indicators = Enumerable.Range(0, Indicators)
            .Select(i => new RankingIndicator($"i{i:00}", 1 + i % 3, polarities[i % 3]))
            .ToArray();
        var areas = Enumerable.Range(0, Areas)
            .Select(a => new RankingArea(
                "sogn",
                $"{7000 + a:0000}",
                $"Sogn {a}",
                indicators.ToDictionary(
                    x => x.Code,
                    _ => random.NextDouble() < 0.02 ? null : (double?)(random.NextDouble() * 100)),
                Population: random.Next(50, 20_000)))
            .ToArray();
        _withoutSensitivity = new RankingRequest(indicators, areas, Normalisation);
        _withSensitivity = _withoutSensitivity with { Sensitivity = new SensitivityOptions(Draws: 1_000, Seed: 1) };
    }

    [Benchmark(Baseline = true)]
    public RankingResult WithoutSensitivity() => CompositeIndex.Compute(_withoutSensitivity);

    [Benchmark]
    public RankingResult WithThousandDrawSensitivity() => CompositeIndex.Compute(_withSensitivity);
}
