
namespace Kortlaegning.Domain.Allocation;

/// <summary>
/// p-median heuristic on the sparse instance: greedy addition (Kuehn &amp; Hamburger 1963), then vertex substitution
/// (Teitz &amp; Bart 1968) scored with the fast interchange of Whitaker (1983) / Resende &amp; Werneck (2003): per demand the
/// nearest and second-nearest open site, so all (in, out) pairs are scored in O(Σ lists + sites × K) per pass.
/// Costs use each demand point's fallback distance when none of its listed sites is open.
/// </summary>
internal sealed class PMedianHeuristic
{
    private readonly PMedianInstance _inst;
    private readonly double[] _fallback;
    private readonly double[] _d1, _d2;
    private readonly int[] _s1;
    private readonly bool[] _open;
    private readonly int[] _areaCount;
    private readonly List<int> _selected = [];

    private PMedianHeuristic(PMedianInstance inst)
    {
        _inst = inst;
        // With complete lists there is no fallback; a constant beyond every distance plays its part while nothing is open.
        double big = 2 * inst.MaxMetres + 1;
        _fallback = inst.Fallback.Select(f => double.IsFinite(f) ? f : big).ToArray();
        _d1 = new double[inst.NodeCount];
        _d2 = new double[inst.NodeCount];
        _s1 = new int[inst.NodeCount];
        _open = new bool[inst.SiteCount];
        _areaCount = new int[inst.Constraints.AreaMin.Length];
        Refresh();
    }

    /// <summary>Sparse cost Σ w × min(nearest open listed site, fallback).</summary>
    private double Cost => Enumerable.Range(0, _inst.NodeCount).Sum(i => _inst.Weight[i] * _d1[i]);

    public static CoverSolution Solve(PMedianInstance inst, Deadline deadline, bool swap = true)
    {
        var h = new PMedianHeuristic(inst);
        h.Greedy(deadline);
        bool local = swap && h.Swap(deadline);
        return new CoverSolution(h._selected.ToArray(), h.Cost, null, false, h.LowerBound(), local ? "heuristic" : "greedy");
    }

    /// <summary>
    /// Swaps from a given selection (another instance's answer on lists around it), then its cost and submodular bound
    /// on this instance. Without swaps, or when the swaps stop at the deadline, the label is the start's.
    /// </summary>
    public static CoverSolution Improve(PMedianInstance inst, CoverSolution start, Deadline deadline, bool swap = true)
    {
        var h = new PMedianHeuristic(inst);
        foreach (int s in start.Sites) h.Open(s);
        h.Refresh();
        bool local = swap && h.Swap(deadline);
        return new CoverSolution(h._selected.ToArray(), h.Cost, null, false, h.LowerBound(), local ? "heuristic" : start.Solver);
    }

    /// <summary>
    /// Lower bound on the p-median optimum from the current K-site selection S: the saving Σ w (F_i − cost_i(T)) over the
    /// fallback F is monotone submodular in T, so cost(OPT) ≥ cost(S) − Σ of the K largest gains of adding one site to S
    /// (Nemhauser, Wolsey &amp; Fisher 1978). It bounds the sparse optimum, which is at most the true one. One pass over the lists.
    /// </summary>
    private double LowerBound()
    {
        if (_selected.Count == 0) return 0;
        var gains = new List<double>(_inst.SiteCount);
        for (int s = 0; s < _inst.SiteCount; s++) if (!_open[s]) gains.Add(Gain(s));
        gains.Sort();
        double saving = 0;
        for (int k = 0; k < _inst.Constraints.K && k < gains.Count; k++) saving += gains[gains.Count - 1 - k];
        return Math.Max(0, Cost - saving);
    }

    /// <summary>
    /// Fixed sites, then the largest saving until K. While no area is below its minimum the gains are evaluated lazily
    /// (Minoux 1978): savings only shrink as sites open (submodular), so a stale gain is an upper bound and only the
    /// leader is re-evaluated. Opening a site updates nearest/second-nearest along its own list only. Past the deadline the
    /// remaining sites are taken by their last evaluated gains, so the step count, not the evaluations, bounds the time.
    /// </summary>
    private void Greedy(Deadline deadline)
    {
        var c = _inst.Constraints;
        for (int s = 0; s < _inst.SiteCount; s++) if (c.Fixed[s]) Open(s);
        Refresh();
        var gain = new double[_inst.SiteCount];
        PriorityQueue<int, (double, int)>? heap = null;
        var stamp = new int[_inst.SiteCount];
        while (_selected.Count < c.K)
        {
            bool deficit = Enumerable.Range(0, c.AreaMin.Length).Any(a => _areaCount[a] < c.AreaMin[a]);
            int best = -1;
            if (deficit)
            {
                for (int s = 0; s < _inst.SiteCount; s++)
                {
                    if (_open[s] || (c.Area[s] < 0 || _areaCount[c.Area[s]] >= c.AreaMin[c.Area[s]])) continue;
                    gain[s] = Gain(s);
                    if (best < 0 || gain[s] > gain[best]) best = s;
                }
            }
            else
            {
                if (heap is null)
                {
                    heap = new PriorityQueue<int, (double, int)>();
                    for (int s = 0; s < _inst.SiteCount; s++) if (!_open[s]) heap.Enqueue(s, (double.NegativeInfinity, s));
                    Array.Fill(stamp, -1);
                }
                while (heap.TryDequeue(out int s, out _))
                {
                    if (_open[s]) continue;
                    // Past the deadline the leader is taken on its last known gain (an upper bound) without re-evaluation.
                    if (stamp[s] == _selected.Count || (stamp[s] >= 0 && deadline.Passed))
                    {
                        best = s;
                        break;
                    }
                    stamp[s] = _selected.Count;
                    heap.Enqueue(s, (-Gain(s), s));
                }
            }
            if (best < 0) break;
            Open(best);
            OpenUpdate(best);
        }
    }

    /// <summary>Nearest/second-nearest after opening <paramref name="s"/>, touching only the demand points that list it.</summary>
    private void OpenUpdate(int s)
    {
        for (int e = _inst.SiteStart[s]; e < _inst.SiteStart[s + 1]; e++)
        {
            int i = _inst.SiteNode[e];
            double d = _inst.SiteMetres[e];
            if (d < _d1[i] || _s1[i] < 0 || (d == _d1[i] && ListedBefore(i, s, _s1[i])))
            {
                (_d2[i], _d1[i], _s1[i]) = (_d1[i], d, s);
            }
            else if (d < _d2[i]) _d2[i] = d;
        }
    }

    /// <summary>Whether site a comes before site b in demand point i's sorted list (ties in distance keep list order).</summary>
    private bool ListedBefore(int i, int a, int b)
    {
        for (int e = _inst.Start[i]; e < _inst.Start[i + 1]; e++)
        {
            if (_inst.Site[e] == a) return true;
            if (_inst.Site[e] == b) return false;
        }
        return false;
    }

    private double Gain(int s)
    {
        double g = 0;
        for (int e = _inst.SiteStart[s]; e < _inst.SiteStart[s + 1]; e++)
        {
            int i = _inst.SiteNode[e];
            double d = _inst.SiteMetres[e];
            if (d < _d1[i]) g += _inst.Weight[i] * (_d1[i] - d);
        }
        return g;
    }

    /// <summary>Best-improvement swaps until a local optimum (true) or the deadline (false).</summary>
    private bool Swap(Deadline deadline)
    {
        int m = _inst.SiteCount;
        var loss = new double[m];
        var extra = new double[m];
        var touched = new List<int>();
        double tolerance = 1e-9 * Math.Max(1, Cost);
        for (int pass = 0; pass < 50 * Math.Max(1, _inst.Constraints.K); pass++)
        {
            if (deadline.Passed) return false;
            Array.Clear(loss);
            for (int i = 0; i < _inst.NodeCount; i++) if (_s1[i] >= 0) loss[_s1[i]] += _inst.Weight[i] * (_d2[i] - _d1[i]);
            (double delta, int add, int drop) best = (tolerance, -1, -1);
            for (int j = 0; j < m; j++)
            {
                if (_open[j]) continue;
                double gain = 0;
                for (int e = _inst.SiteStart[j]; e < _inst.SiteStart[j + 1]; e++)
                {
                    int i = _inst.SiteNode[e];
                    double d = _inst.SiteMetres[e], w = _inst.Weight[i];
                    if (d < _d1[i]) gain += w * (_d1[i] - d);
                    int r = _s1[i];
                    if (r >= 0 && d < _d2[i])
                    {
                        if (extra[r] == 0) touched.Add(r);
                        extra[r] += w * (_d2[i] - Math.Max(d, _d1[i]));
                    }
                }
                foreach (int r in _selected)
                {
                    if (!CanClose(r, j)) continue;
                    double delta = gain - loss[r] + extra[r];
                    if (delta > best.delta) best = (delta, j, r);
                }
                foreach (int r in touched) extra[r] = 0;
                touched.Clear();
            }
            if (best.add < 0) return true;
            Close(best.drop);
            Open(best.add);
            Refresh();
        }
        return false;
    }

    private bool CanClose(int r, int replacement)
    {
        var c = _inst.Constraints;
        if (c.Fixed[r]) return false;
        int a = c.Area[r];
        return a < 0 || _areaCount[a] > c.AreaMin[a] || c.Area[replacement] == a;
    }

    private void Open(int s)
    {
        _open[s] = true;
        _selected.Add(s);
        if (_inst.Constraints.Area[s] >= 0) _areaCount[_inst.Constraints.Area[s]]++;
    }

    private void Close(int s)
    {
        _open[s] = false;
        _selected.Remove(s);
        if (_inst.Constraints.Area[s] >= 0) _areaCount[_inst.Constraints.Area[s]]--;
    }

    /// <summary>Nearest and second-nearest open listed site per demand point (lists are sorted, so the scan stops early).</summary>
    private void Refresh()
    {
        for (int i = 0; i < _inst.NodeCount; i++)
        {
            (_d1[i], _d2[i], _s1[i]) = (_fallback[i], _fallback[i], -1);
            for (int e = _inst.Start[i]; e < _inst.Start[i + 1]; e++)
            {
                if (!_open[_inst.Site[e]]) continue;
                if (_s1[i] < 0) (_d1[i], _s1[i]) = (_inst.Metres[e], _inst.Site[e]);
                else { _d2[i] = _inst.Metres[e]; break; }
            }
        }
    }
}
