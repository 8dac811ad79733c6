using Kortlaegning.Domain.Indicators;

namespace Kortlaegning.Domain.Followup;

/// <summary>
/// Every figure of a project's progress and report, raw or published, from one <see cref="ProjectData"/>.
/// <para>
/// <c>rawCounts</c> is the one switch: true only for planners of the owning municipality. Published figures
/// (false, the default everywhere) come from <see cref="FollowupDisclosure"/> over the candidates of
/// <see cref="FollowupCalendar"/> up to the last complete month before <c>today</c> — the same candidates whatever is
/// asked, so two answers of the same day cannot be combined into a figure that one answer withholds. A date
/// <c>at</c> is then read at the last complete month (published figures are monthly).
/// </para>
/// Counts of activities are about places, not persons, and are never suppressed; counts of participants, new
/// participants, ambassadors and contacts are.
/// </summary>
public sealed class FollowupFigures
{
    private readonly ProjectData _data;
    private readonly DisclosureOptions _options;
    private readonly DateOnly _through;
    private readonly Dictionary<int, FollowupActivity> _activities;
    private readonly Dictionary<(Metric, string?), (PublishedSeries Total, IReadOnlyDictionary<string, PublishedSeries> Places)> _series = new();
    private readonly IReadOnlyList<IntervalCell> _totalCandidates;
    private readonly IReadOnlyList<IntervalCell> _placeCandidates;
    private readonly CancellationToken _ct;

    public FollowupFigures(ProjectData data, DateOnly today, bool rawCounts, DisclosureOptions options, CancellationToken ct = default)
    {
        _data = data;
        _options = options;
        RawCounts = rawCounts;
        _ct = ct;
        _through = FollowupCalendar.PublishedThrough(today);
        _activities = data.Activities.ToDictionary(a => a.Id);
        (_totalCandidates, _placeCandidates) = FollowupCalendar.Candidates(data.Start, _through, data.Targets.Select(t => (t.From, t.To)));
    }

    public bool RawCounts { get; }

    /// <summary>First day not covered by published figures (the day after the last complete month before today).</summary>
    public DateOnly PublishedThrough => _through;

    /// <summary>The exclusive end of what is counted for a date: the day after it (raw) or its last complete month (published).</summary>
    public DateOnly Limit(DateOnly at)
    {
        if (RawCounts) return at.AddDays(1);
        var limit = FollowupCalendar.PublishedThrough(at);
        return limit < _through ? limit : _through;
    }

    public TargetEvaluation Evaluate(FollowupTarget target, DateOnly at, double tolerance = TargetProgress.DefaultTolerance)
    {
        var limit = Limit(at);
        var end = Min(limit, target.To.AddDays(1));
        double? achieved = target.Metric switch
        {
            _ when end <= target.From => 0,
            Metric.NewActivities => Matching(target).Count(a => a.IsNew && a.Start >= target.From && a.Start < end),
            Metric.HealthSpots => Matching(target).Count(a => a.Kind == "health_spot" && a.RunsIn(target.From, end)),
            Metric.ActivitiesInEachPlace => PlaceCoverage.Covered(target.Place is null ? _data.FocusPlaces : [target.Place],
                Matching(target).Where(a => a.Place is not null && a.RunsIn(target.From, end)).GroupBy(a => a.Place!).ToDictionary(g => g.Key, g => g.Count())),
            _ => SeriesFor(target).Figure(target.From, end, RawCounts),
        };
        // Expected is read at the date the figure stands at, so a published figure is not compared with later days.
        return TargetProgress.Evaluate(target.From, target.To, target.Value, achieved, end.AddDays(-1) < at ? end.AddDays(-1) : at, tolerance);
    }

    /// <summary>Per focus place and outside them: activities running and participants in [from, toExclusive).</summary>
    public IReadOnlyList<PlaceFigures> Places(DateOnly from, DateOnly toExclusive)
    {
        var places = Series(Metric.Participants, null).Places;
        return _data.FocusPlaces.Append(FollowupDisclosure.Outside).Distinct(StringComparer.Ordinal).Select(p => new PlaceFigures(p,
                _data.Activities.Count(a => (a.Place ?? FollowupDisclosure.Outside) == p && a.RunsIn(from, toExclusive)),
                places.TryGetValue(p, out var s) ? s.Figure(from, toExclusive, RawCounts) : 0))
            .ToList();
    }

    /// <summary>Monthly counts of a registration metric for the months that start in [from, toExclusive).</summary>
    public IReadOnlyList<MonthFigure> Monthly(Metric metric, DateOnly from, DateOnly toExclusive)
    {
        var total = Series(metric, null).Total;
        var list = new List<MonthFigure>();
        for (var m = new DateOnly(from.Year, from.Month, 1); m < toExclusive; m = m.AddMonths(1))
        {
            var start = m < _data.Start ? _data.Start : m;
            var end = Min(m.AddMonths(1), RawCounts ? toExclusive : Min(toExclusive, _through));
            list.Add(new MonthFigure(m, end <= start ? (RawCounts ? 0 : null) : total.Figure(start, end, RawCounts)));
        }
        return list;
    }

    /// <summary>A registration metric's project total over [from, toExclusive) (null = withheld).</summary>
    public long? Total(Metric metric, DateOnly from, DateOnly toExclusive) =>
        Series(metric, null).Total.Figure(Max(from, _data.Start), toExclusive, RawCounts);

    public EquityResult Equity(IReadOnlyDictionary<string, double> needScores, DateOnly from, DateOnly toExclusive)
    {
        var running = _data.Activities.Where(a => a.RunsIn(from, toExclusive)).ToList();
        var sums = _data.Registrations.Where(r => r.Date >= from && r.Date < toExclusive)
            .GroupBy(r => r.ActivityId).ToDictionary(g => g.Key, g => g.Sum(r => r.Participants));
        var items = running.Select(a => (a.Parish, sums.GetValueOrDefault(a.Id))).ToList();
        return EquityShare.Compute(needScores, items, RawCounts, Total(Metric.Participants, from, toExclusive), _options);
    }

    private IEnumerable<FollowupActivity> Matching(FollowupTarget t) =>
        _data.Activities.Where(a => (t.Track is null || a.Track == t.Track) && (t.Place is null || a.Place == t.Place || t.Metric == Metric.ActivitiesInEachPlace));

    private PublishedSeries SeriesFor(FollowupTarget t)
    {
        var (total, places) = Series(t.Metric, t.Track);
        if (t.Place is null) return total;
        return places.TryGetValue(t.Place, out var s) ? s : new PublishedSeries([], new Dictionary<string, DisclosureDecision>());
    }

    private (PublishedSeries Total, IReadOnlyDictionary<string, PublishedSeries> Places) Series(Metric metric, string? track)
    {
        if (_series.TryGetValue((metric, track), out var cached)) return cached;
        var byPlace = new Dictionary<string, Dictionary<int, long>>(StringComparer.Ordinal);
        foreach (var p in _data.FocusPlaces.Append(FollowupDisclosure.Outside)) byPlace.TryAdd(p, []);
        var total = new Dictionary<int, long>();
        foreach (var r in _data.Registrations)
        {
            if (!_activities.TryGetValue(r.ActivityId, out var a) || (track is not null && a.Track != track)) continue;
            long n = r.Count(metric);
            if (n == 0) continue;
            int day = r.Date.DayNumber;
            total[day] = total.GetValueOrDefault(day) + n;
            var place = a.Place is not null && byPlace.ContainsKey(a.Place) ? a.Place : FollowupDisclosure.Outside;
            byPlace[place][day] = byPlace[place].GetValueOrDefault(day) + n;
        }
        static IReadOnlyList<SeriesCount> Counts(Dictionary<int, long> d) => d.Select(kv => new SeriesCount(kv.Key, kv.Value)).ToList();
        // Only participants are published per place (the focus-place table, place targets); every other series is
        // published as project totals alone, so it has no cross-section to protect and is decided on its own.
        if (RawCounts)
        {
            // Raw counts need no decisions: Figure reads Raw.
            var none = new Dictionary<string, DisclosureDecision>();
            var raw = (new PublishedSeries(Counts(total), none), (IReadOnlyDictionary<string, PublishedSeries>)byPlace.ToDictionary(kv => kv.Key, kv => new PublishedSeries(Counts(kv.Value), none), StringComparer.Ordinal));
            _series[(metric, track)] = raw;
            return raw;
        }
        bool perPlace = metric == Metric.Participants && track is null || _data.Targets.Any(t => t.Metric == metric && t.Track == track && t.Place is not null);
        var result = perPlace
            ? FollowupDisclosure.Decide(Counts(total), byPlace.ToDictionary(kv => kv.Key, kv => Counts(kv.Value), StringComparer.Ordinal),
                _totalCandidates, _placeCandidates, _options, _ct)
            : (new PublishedSeries(Counts(total), DisclosureControl.ApplyIntervals(Counts(total), _totalCandidates, _options)), new Dictionary<string, PublishedSeries>());
        _series[(metric, track)] = result;
        return result;
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
