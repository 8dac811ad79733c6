using Kortlaegning.Domain.Indicators;

namespace Kortlaegning.Domain.Followup;

/// <summary>
/// Disclosure control for a project's counts: one project-wide series and one series per place (the focus places
/// plus "outside", so that the places partition the project total at every stretch).
/// <list type="number">
/// <item>Each series on its own: <see cref="DisclosureControl.ApplyIntervals"/> over the candidates of
/// <see cref="FollowupCalendar"/>, so no difference of two published totals of one series is a small count.</item>
/// <item>Each stretch as a cross-section (places within the project total), the rule of
/// <see cref="DisclosureControl.Apply"/>: when the project total is published and one place is withheld, or several
/// whose sum is small, the smallest non-zero published place is withheld too; when the project total is withheld and
/// every place is published (so their sum would give it), the smallest non-zero place is withheld.</item>
/// <item>A total withheld for the cross-section is handed back to its own series as forbidden (it must not become
/// derivable from that series' other totals), and the two steps repeat until nothing changes.</item>
/// </list>
/// Not covered: combinations that need two or more cross-sections at once (e.g. place A's Q1 and Q2 both withheld and
/// recovered through place B's and the project's year totals together); the greedy rule makes these rare, not impossible.
/// </summary>
public static class FollowupDisclosure
{
    public const string Outside = "";

    public static (PublishedSeries Total, IReadOnlyDictionary<string, PublishedSeries> Places) Decide(
        IReadOnlyList<SeriesCount> total,
        IReadOnlyDictionary<string, IReadOnlyList<SeriesCount>> places,
        IReadOnlyList<IntervalCell> totalCandidates,
        IReadOnlyList<IntervalCell> placeCandidates,
        DisclosureOptions options,
        CancellationToken ct = default)
    {
        var forbidTotal = new HashSet<(int, int)>();
        var forbid = places.Keys.ToDictionary(k => k, _ => new HashSet<(int, int)>(), StringComparer.Ordinal);
        var keys = places.Keys.OrderBy(k => k, StringComparer.Ordinal).ToArray();
        var totalSeries = new PublishedSeries(total, new Dictionary<string, DisclosureDecision>());
        var placeSeries = new Dictionary<string, PublishedSeries>(StringComparer.Ordinal);
        int maxPasses = (keys.Length + 1) * placeCandidates.Count + 2;
        for (int pass = 0; pass < maxPasses; pass++)
        {
            ct.ThrowIfCancellationRequested();
            totalSeries = new PublishedSeries(total, DisclosureControl.ApplyIntervals(total, totalCandidates, options, forbidTotal));
            foreach (var k in keys)
            {
                placeSeries[k] = new PublishedSeries(places[k], DisclosureControl.ApplyIntervals(places[k], placeCandidates, options, forbid[k]));
            }
            bool changed = false;
            foreach (var cell in placeCandidates)
            {
                bool totalPublished = totalSeries.Decisions[cell.Id].Published;
                var cells = keys.Select(k => (Key: k, Count: placeSeries[k].Raw(cell.From, cell.To), Published: placeSeries[k].Decisions[cell.Id].Published)).ToList();
                var withheld = cells.Where(c => !c.Published).ToList();
                long withheldSum = withheld.Sum(c => c.Count);
                bool needsComplement = totalPublished
                    ? withheld.Count == 1 || (withheld.Count > 1 && IsSmall(withheldSum, options))
                    : withheld.Count == 0 && cells.Any(c => c.Count > 0);
                if (!needsComplement) continue;
                var complement = cells.Where(c => c.Published && c.Count > 0).OrderBy(c => c.Count).ThenBy(c => c.Key, StringComparer.Ordinal).FirstOrDefault();
                if (complement.Key is not null)
                {
                    changed |= forbid[complement.Key].Add((cell.From, cell.To));
                }
                else if (totalPublished)
                {
                    changed |= forbidTotal.Add((cell.From, cell.To));
                }
            }
            if (!changed) break;
        }
        return (totalSeries, placeSeries);
    }

    private static bool IsSmall(long count, DisclosureOptions options) => count < options.Threshold && (count > 0 || options.SuppressZero);
}
