namespace Kortlaegning.Domain.Indicators;

/// <summary>
/// Small-number disclosure control by cell suppression (Hundepool et al., "Statistical Disclosure Control", 2012, ch. 5).
/// The threshold is the data owner's rule; the default 5 is the common Danish health-statistics practice.
/// <list type="number">
/// <item>Primary: counts 1 … Threshold−1 (and 0 if configured) are withheld, with any rate built on them.</item>
/// <item>Complementary: in each group whose total is published, a suppressed cell can be recovered as total minus
/// the published siblings. So when a group has exactly one suppressed cell, or several whose sum (which anyone can
/// derive) is below the threshold, the smallest non-zero published sibling is also withheld.</item>
/// <item>A hidden total whose members are all published is their sum: one member is hidden with it.</item>
/// <item>Groups overlap (parish × sex tables, parishes within municipalities within Denmark), so the pass repeats over
/// all groups until nothing changes.</item>
/// </list>
/// Zero-count siblings are never chosen as complements: hiding a 0 adds nothing to the unknown sum.
/// Deterministic: groups are visited in ordinal id order, ties between equal counts broken by ordinal cell id.
/// This is the simple greedy rule, not an optimal (fewest cells) solution.
/// </summary>
public static partial class DisclosureControl
{
    public static DisclosureResult Apply(IReadOnlyList<DisclosureCell> cells, DisclosureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(cells);
        options ??= new DisclosureOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Threshold, 1);

        var reasons = new Dictionary<string, SuppressionReason>(StringComparer.Ordinal);
        var byId = new Dictionary<string, DisclosureCell>(StringComparer.Ordinal);
        foreach (var cell in cells)
        {
            if (cell.Count < 0) throw new ArgumentException($"Cell {cell.Id} has a negative count.", nameof(cells));
            if (!byId.TryAdd(cell.Id, cell)) throw new ArgumentException($"Cell id {cell.Id} occurs twice.", nameof(cells));
            reasons[cell.Id] = IsPrimary(cell.Count, options) ? SuppressionReason.Primary : SuppressionReason.None;
        }

        var groups = cells
            .SelectMany(c => c.Groups.Select(g => (Group: g, Cell: c)))
            .GroupBy(x => x.Group, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Id: g.Key, Members: g.Select(x => x.Cell).ToArray()))
            .ToArray();

        var unprotected = new SortedSet<string>(StringComparer.Ordinal);
        // Each pass suppresses at least one more cell or stops, so the cell count bounds the passes.
        for (int pass = 0; pass <= cells.Count; pass++)
        {
            bool changed = false;
            unprotected.Clear();
            foreach (var (id, members) in groups)
            {
                if (!NeedsComplement(id, members, reasons, options)) continue;
                string? complement = SmallestPublishedNonZero(members, reasons) ?? PublishedTotal(id, options, reasons);
                if (complement is null)
                {
                    unprotected.Add(id);
                    continue;
                }
                reasons[complement] = SuppressionReason.Complementary;
                changed = true;
            }
            if (!changed) break;
        }

        var decisions = reasons.ToDictionary(kv => kv.Key, kv => new DisclosureDecision(kv.Key, kv.Value), StringComparer.Ordinal);
        return new DisclosureResult(decisions, unprotected.ToArray());
    }

    private static bool IsPrimary(long count, DisclosureOptions options) =>
        count < options.Threshold && (count > 0 || options.SuppressZero);

    private static bool NeedsComplement(string group, DisclosureCell[] members, Dictionary<string, SuppressionReason> reasons, DisclosureOptions options)
    {
        // A suppressed total means the group's sum is not published, so nothing can be recovered by subtraction here; the
        // total is itself protected within its own parent group — unless every member is published, for then the total
        // is their sum (and with it whatever it protects in the parent group): then one member must go too.
        if (options.GroupTotals.TryGetValue(group, out var total) && reasons.TryGetValue(total, out var r) && r != SuppressionReason.None)
            return members.All(m => reasons[m.Id] == SuppressionReason.None) && members.Any(m => m.Count > 0);
        int suppressed = 0;
        long suppressedSum = 0;
        foreach (var m in members)
        {
            if (reasons[m.Id] == SuppressionReason.None) continue;
            suppressed++;
            suppressedSum += m.Count;
        }
        return suppressed == 1 || (suppressed > 1 && suppressedSum < options.Threshold);
    }

    private static string? SmallestPublishedNonZero(DisclosureCell[] members, Dictionary<string, SuppressionReason> reasons) =>
        members
            .Where(m => m.Count > 0 && reasons[m.Id] == SuppressionReason.None)
            .OrderBy(m => m.Count)
            .ThenBy(m => m.Id, StringComparer.Ordinal)
            .Select(m => m.Id)
            .FirstOrDefault();

    private static string? PublishedTotal(string group, DisclosureOptions options, Dictionary<string, SuppressionReason> reasons) =>
        options.GroupTotals.TryGetValue(group, out var total) && reasons.TryGetValue(total, out var r) && r == SuppressionReason.None
            ? total
            : null;
}
