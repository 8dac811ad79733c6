using Kortlaegning.Domain.Indicators;

namespace Kortlaegning.Domain.Followup;

/// <summary>
/// Share of activities and of participants in the top need quintile of a ranking. The ranking is input: a need score
/// per area, higher = more need. The top quintile is the ⌈n/5⌉ highest-scoring areas, plus any tied with the last of
/// them (ties are not split). Activities in no ranked area count in the denominator (the question is "how much of what
/// we do reaches the areas of most need", not "of what we do in ranked areas").
/// Published participants: the counts in and outside the top quintile are a cross-section of the published total,
/// protected with <see cref="DisclosureControl.Apply"/>; the share is withheld when either is.
/// </summary>
public static class EquityShare
{
    public static IReadOnlySet<string> TopQuintile(IReadOnlyDictionary<string, double> needScores)
    {
        var ordered = needScores.Where(kv => double.IsFinite(kv.Value)).OrderByDescending(kv => kv.Value).ToList();
        if (ordered.Count == 0) return new HashSet<string>(StringComparer.Ordinal);
        int k = (int)Math.Ceiling(ordered.Count / 5.0);
        double cut = ordered[k - 1].Value;
        return ordered.Where(kv => kv.Value >= cut).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);
    }

    /// <param name="needScores">Need score per area code, higher = more need.</param>
    /// <param name="items">Per activity: its area (may be null) and its participants in the period.</param>
    /// <param name="rawCounts">True only for planners of the owning municipality: counts as they are.</param>
    /// <param name="publishedTotal">The published participant total of the period (null: withheld); ignored when <paramref name="rawCounts"/>.</param>
    /// <param name="options">Disclosure threshold.</param>
    public static EquityResult Compute(IReadOnlyDictionary<string, double> needScores, IReadOnlyList<(string? Area, long Participants)> items,
        bool rawCounts, long? publishedTotal, DisclosureOptions options)
    {
        var top = TopQuintile(needScores);
        int activities = items.Count;
        int activitiesInTop = items.Count(i => i.Area is not null && top.Contains(i.Area));
        long participants = items.Sum(i => i.Participants);
        long inTop = items.Where(i => i.Area is not null && top.Contains(i.Area)).Sum(i => i.Participants);
        double? activityShare = activities == 0 ? null : (double)activitiesInTop / activities;
        var areas = top.OrderBy(a => a, StringComparer.Ordinal).ToList();
        if (rawCounts)
        {
            return new EquityResult(areas, activities, activitiesInTop, activityShare, participants, inTop, participants == 0 ? null : (double)inTop / participants);
        }
        if (publishedTotal is null || publishedTotal != participants)
        {
            return new EquityResult(areas, activities, activitiesInTop, activityShare, publishedTotal, null, null);
        }
        var r = DisclosureControl.Apply([new DisclosureCell("top", inTop, ["total"]), new DisclosureCell("rest", participants - inTop, ["total"])], options);
        bool ok = r.Cells["top"].Published && r.Cells["rest"].Published;
        return new EquityResult(areas, activities, activitiesInTop, activityShare, participants, ok ? inTop : null,
            ok && participants > 0 ? (double)inTop / participants : null);
    }
}
