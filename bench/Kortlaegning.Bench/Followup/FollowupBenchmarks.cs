using BenchmarkDotNet.Attributes;
using Kortlaegning.Domain.Followup;
using Kortlaegning.Domain.Indicators;

namespace Kortlaegning.Bench.Followup;

/// <summary>
/// The domain part of GET /api/projects/{id}/progress for the size: 500 activities in five focus places and
/// outside, 20,000 registrations over 2023–2026, 12 yearly targets; figures published (disclosure control on).
/// <c>dotnet run -c Release --project bench/Kortlaegning.Bench -- --filter '*Followup*'</c>
/// </summary>
[MemoryDiagnoser]
public class FollowupBenchmarks
{
    private ProjectData _data = null!;
    private readonly DateOnly _today = new(2026, 12, 3);

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(15);
        var start = new DateOnly(2023, 1, 1);
        string[] places = ["parish:8904", "parish:8905", "parish:8906", "parish:8907", "parish:8908"];
        var activities = Enumerable.Range(1, 500).Select(i => new FollowupActivity(i, i % 6 == 0 ? "health_spot" : "activity",
            i % 7 == 0 ? null : places[i % places.Length], $"p{i % 40}", start, null, i % 3 == 0, i % 4 == 0 ? "health" : "community")).ToList();
        var registrations = Enumerable.Range(0, 20_000).Select(i => new FollowupRegistration(1 + i % 500, start.AddDays(rng.Next(0, 1430)),
            rng.Next(0, 20), rng.Next(0, 3), rng.Next(0, 2), rng.Next(0, 3))).ToList();
        var targets = new List<FollowupTarget>();
        int id = 1;
        foreach (var y in new[] { 2023, 2024, 2025, 2026 })
        {
            foreach (var m in new[] { Metric.Participants, Metric.Ambassadors, Metric.Conversations })
                targets.Add(new FollowupTarget(id++, m, new DateOnly(y, 1, 1), new DateOnly(y, 12, 31), 2500));
        }
        _data = new ProjectData(start, new DateOnly(2029, 12, 31), places, activities, registrations, targets);
    }

    [Benchmark]
    public int PublishedProgress()
    {
        var f = new FollowupFigures(_data, _today, rawCounts: false, new DisclosureOptions());
        var at = new DateOnly(2026, 11, 30);
        int n = _data.Targets.Count(t => f.Evaluate(t, at).Achieved is not null);
        n += f.Places(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 1)).Count;
        n += f.Monthly(Metric.Participants, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 1)).Count;
        return n + f.Equity(Enumerable.Range(0, 40).ToDictionary(i => $"p{i}", i => (double)i), new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 1)).Activities;
    }

    [Benchmark]
    public int RawProgress()
    {
        var f = new FollowupFigures(_data, _today, rawCounts: true, new DisclosureOptions());
        return _data.Targets.Count(t => f.Evaluate(t, new DateOnly(2026, 11, 30)).Achieved is not null) + f.Places(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 1)).Count;
    }
}
