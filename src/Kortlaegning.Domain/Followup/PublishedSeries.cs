using Kortlaegning.Domain.Indicators;

namespace Kortlaegning.Domain.Followup;

/// <summary>
/// One series (e.g. participants of a project, or of one focus place) with the disclosure decision for each candidate
/// stretch. <see cref="Published"/> answers a stretch's total only when it is a candidate that was published; anything
/// else is withheld (null). <c>Raw</c> is the unprotected total, for the owning municipality's planners.
/// </summary>
public sealed class PublishedSeries
{
    private readonly int[] _positions;
    private readonly long[] _prefix;
    private readonly IReadOnlyDictionary<string, DisclosureDecision> _decisions;

    public PublishedSeries(IReadOnlyList<SeriesCount> counts, IReadOnlyDictionary<string, DisclosureDecision> decisions)
    {
        var sorted = counts.OrderBy(c => c.Position).ToArray();
        _positions = sorted.Select(c => c.Position).ToArray();
        _prefix = new long[sorted.Length + 1];
        for (int i = 0; i < sorted.Length; i++) _prefix[i + 1] = _prefix[i] + sorted[i].Count;
        _decisions = decisions;
    }

    public IReadOnlyDictionary<string, DisclosureDecision> Decisions => _decisions;

    /// <summary>The total of counts at positions in [from, to).</summary>
    public long Raw(int from, int to) => to <= from ? 0 : Cumulative(to) - Cumulative(from);

    public long Raw(DateOnly from, DateOnly toExclusive) => Raw(from.DayNumber, toExclusive.DayNumber);

    /// <summary>The published total of [from, to), or null when withheld or not a publishable stretch. An empty stretch is 0.</summary>
    public long? Published(DateOnly from, DateOnly toExclusive)
    {
        if (toExclusive <= from) return 0;
        return _decisions.TryGetValue(FollowupCalendar.Id(from, toExclusive), out var d) && d.Published ? Raw(from, toExclusive) : null;
    }

    /// <summary>Raw or published, by the one switch every follow-up figure goes through.</summary>
    public long? Figure(DateOnly from, DateOnly toExclusive, bool rawCounts) => rawCounts ? Raw(from, toExclusive) : Published(from, toExclusive);

    private long Cumulative(int x)
    {
        int lo = 0, hi = _positions.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (_positions[mid] < x) lo = mid + 1;
            else hi = mid;
        }
        return _prefix[lo];
    }
}
