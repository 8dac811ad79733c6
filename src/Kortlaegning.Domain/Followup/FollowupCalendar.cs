using Kortlaegning.Domain.Indicators;

namespace Kortlaegning.Domain.Followup;

/// <summary>
/// The fixed set of totals that may ever be published for a project's series, and their priority for disclosure
/// control (<see cref="DisclosureControl.ApplyIntervals"/>). Only these are published: a figure for any other stretch is
/// withheld, so what a viewer can combine is known in advance.
/// <list type="number">
/// <item>Cumulative totals from an anchor to each boundary: anchors are the project start, each 1 January and each
/// target's first day; boundaries are the first day of each month, the project start and each target's day after its
/// end (targets' achieved figures, years and years to date).</item>
/// <item>Quarters, and quarters to each month boundary inside them.</item>
/// <item>Months (the monthly chart). Not published per place.</item>
/// </list>
/// Everything ends at <c>through</c> (exclusive): the first day after the last complete month. Positions are
/// <see cref="DateOnly.DayNumber"/>; ids are "yyyy-MM-dd/yyyy-MM-dd" of the half-open stretch.
/// </summary>
public static class FollowupCalendar
{
    /// <summary>Published figures stop at the last complete month: the exclusive end for a date <paramref name="at"/>.</summary>
    public static DateOnly PublishedThrough(DateOnly at)
    {
        var first = new DateOnly(at.Year, at.Month, 1);
        return at == first.AddMonths(1).AddDays(-1) ? at.AddDays(1) : first;
    }

    public static string Id(DateOnly from, DateOnly toExclusive) => $"{from:yyyy-MM-dd}/{toExclusive:yyyy-MM-dd}";

    public static IntervalCell Cell(DateOnly from, DateOnly toExclusive) => new(Id(from, toExclusive), from.DayNumber, toExclusive.DayNumber);

    /// <summary>Candidates for the project-wide series (all three kinds) and for per-place series (without months).</summary>
    public static (IReadOnlyList<IntervalCell> Total, IReadOnlyList<IntervalCell> Places) Candidates(
        DateOnly projectStart, DateOnly through, IEnumerable<(DateOnly From, DateOnly To)> targetPeriods)
    {
        var targets = targetPeriods.ToList();
        var boundaries = new SortedSet<DateOnly> { projectStart };
        for (var m = new DateOnly(projectStart.Year, projectStart.Month, 1).AddMonths(1); m <= through; m = m.AddMonths(1)) boundaries.Add(m);
        foreach (var (_, to) in targets)
        {
            if (to.AddDays(1) <= through) boundaries.Add(to.AddDays(1));
        }
        boundaries.RemoveWhere(b => b > through || b < projectStart);

        var anchors = new List<(DateOnly Anchor, DateOnly? Until)> { (projectStart, null) };
        for (int y = projectStart.Year + (projectStart.DayOfYear == 1 ? 0 : 1); y <= through.Year; y++)
        {
            anchors.Add((new DateOnly(y, 1, 1), new DateOnly(y + 1, 1, 1)));
        }
        foreach (var (from, to) in targets) anchors.Add((from, to.AddDays(1)));

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var total = new List<IntervalCell>();
        var places = new List<IntervalCell>();
        void Add(DateOnly from, DateOnly to, bool perPlace)
        {
            if (to <= from || to > through) return;
            var cell = Cell(from, to);
            if (!seen.Add(cell.Id)) return;
            total.Add(cell);
            if (perPlace) places.Add(cell);
        }

        foreach (var (anchor, until) in anchors)
        {
            foreach (var b in boundaries)
            {
                if (b > anchor && (until is null || b <= until)) Add(anchor, b, true);
            }
        }
        var firstQuarter = new DateOnly(projectStart.Year, 3 * ((projectStart.Month - 1) / 3) + 1, 1);
        for (var q = firstQuarter; q < through; q = q.AddMonths(3))
        {
            var start = q < projectStart ? projectStart : q;
            for (var m = q.AddMonths(1); m <= q.AddMonths(3); m = m.AddMonths(1)) Add(start, m, true);
        }
        for (var m = new DateOnly(projectStart.Year, projectStart.Month, 1); m < through; m = m.AddMonths(1))
        {
            Add(m < projectStart ? projectStart : m, m.AddMonths(1), false);
        }
        return (total, places);
    }
}
