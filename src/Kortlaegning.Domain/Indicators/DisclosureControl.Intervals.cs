namespace Kortlaegning.Domain.Indicators;

public static partial class DisclosureControl
{
    /// <summary>
    /// Disclosure control for totals over stretches of one series (months, quarters, years, years to date), where the
    /// attack is subtraction between published totals: a year-to-date total minus the quarter's total gives the earlier
    /// quarters; a year minus eleven published months gives the twelfth.
    /// <para>
    /// Every interval total is C(To) − C(From), C being the cumulative count. Publishing [a, b) therefore makes the
    /// difference C(b) − C(a) known, and chains of published intervals make C(y) − C(x) known for every two end points
    /// x, y that they connect (a graph whose nodes are end points and whose edges are published intervals). So what anyone
    /// can derive by adding and subtracting published totals is exactly the total between any two connected end points —
    /// for totals that are sums of stretches of one series, this is the whole linear span, not an approximation.
    /// </para>
    /// <para>
    /// Greedy rule (deterministic, in the caller's priority order): a candidate is published unless joining its two
    /// end points' components would make some derivable total fall in 1 … Threshold−1 (or 0 with
    /// <see cref="DisclosureOptions.SuppressZero"/>), or connect a pair in <paramref name="forbidden"/> (totals
    /// withheld for another reason, e.g. to protect a cross-section). A candidate withheld at first but connected later
    /// by others is derivable anyway, so it is reported as published. Cost: O(n²) in the number of end points.
    /// </para>
    /// Reason per cell: <see cref="SuppressionReason.Primary"/> when its own total is small, else
    /// <see cref="SuppressionReason.Complementary"/>.
    /// </summary>
    public static IReadOnlyDictionary<string, DisclosureDecision> ApplyIntervals(
        IReadOnlyList<SeriesCount> counts, IReadOnlyList<IntervalCell> candidates, DisclosureOptions? options = null,
        IReadOnlyCollection<(int From, int To)>? forbidden = null)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(candidates);
        options ??= new DisclosureOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Threshold, 1);

        var sorted = counts.OrderBy(c => c.Position).ToArray();
        var positions = sorted.Select(c => c.Position).ToArray();
        var prefix = new long[sorted.Length + 1];
        for (int i = 0; i < sorted.Length; i++)
        {
            if (sorted[i].Count < 0) throw new ArgumentException($"A negative count at position {sorted[i].Position}.", nameof(counts));
            prefix[i + 1] = prefix[i] + sorted[i].Count;
        }
        long Cumulative(int x)
        {
            // Counts at positions < x.
            int i = Array.BinarySearch(positions, x);
            if (i < 0) return prefix[~i];
            while (i > 0 && positions[i - 1] == x) i--;
            return prefix[i];
        }

        var nodes = candidates.SelectMany(c => new[] { c.From, c.To }).Distinct().ToDictionary(x => x, x => Cumulative(x));
        var components = new Components(nodes);
        var forbid = forbidden ?? [];
        var withheld = new Dictionary<string, IntervalCell>(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);

        foreach (var cell in candidates)
        {
            if (cell.To < cell.From) throw new ArgumentException($"Interval {cell.Id} ends before it starts.", nameof(candidates));
            if (!ids.Add(cell.Id)) throw new ArgumentException($"Interval id {cell.Id} occurs twice.", nameof(candidates));
            var a = components.Find(cell.From);
            var b = components.Find(cell.To);
            if (a == b) continue;
            bool safe = true;
            var valuesA = components.Values(a);
            var valuesB = components.Values(b);
            foreach (var x in valuesA)
            {
                foreach (var y in valuesB)
                {
                    if (IsPrimary(Math.Abs(y - x), options)) { safe = false; break; }
                }
                if (!safe) break;
            }
            if (safe)
            {
                foreach (var (f, t) in forbid)
                {
                    if (!nodes.ContainsKey(f) || !nodes.ContainsKey(t)) continue;
                    var (cf, ct) = (components.Find(f), components.Find(t));
                    if ((cf == a && ct == b) || (cf == b && ct == a)) { safe = false; break; }
                }
            }
            if (safe) components.Union(a, b);
            else withheld[cell.Id] = cell;
        }

        var result = new Dictionary<string, DisclosureDecision>(StringComparer.Ordinal);
        foreach (var cell in candidates)
        {
            var reason = SuppressionReason.None;
            if (components.Find(cell.From) != components.Find(cell.To))
            {
                reason = IsPrimary(nodes[cell.To] - nodes[cell.From], options) ? SuppressionReason.Primary : SuppressionReason.Complementary;
            }
            result[cell.Id] = new DisclosureDecision(cell.Id, reason);
        }
        return result;
    }

    /// <summary>
    /// Union–find over end points that keeps each component's distinct cumulative values (all the pair check needs;
    /// components stay small: tens to hundreds).
    /// </summary>
    private sealed class Components
    {
        private readonly Dictionary<int, int> _parent = new();
        private readonly Dictionary<int, List<long>> _members = new();

        public Components(Dictionary<int, long> nodes)
        {
            foreach (var (n, value) in nodes)
            {
                _parent[n] = n;
                _members[n] = [value];
            }
        }

        public int Find(int x)
        {
            while (_parent[x] != x) x = _parent[x] = _parent[_parent[x]];
            return x;
        }

        public List<long> Values(int root) => _members[root];

        public void Union(int a, int b)
        {
            if (_members[a].Count < _members[b].Count) (a, b) = (b, a);
            _parent[b] = a;
            // Equal values add no new difference: keep each once.
            foreach (var v in _members[b])
            {
                if (!_members[a].Contains(v)) _members[a].Add(v);
            }
            _members.Remove(b);
        }
    }
}
