using System.Diagnostics;

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

    public static CoverSolution Solve(PMedianInstance inst, long deadlineTicks, bool swap = true)
    {
        var h = new PMedianHeuristic(inst);
        h.Greedy();
        if (swap) h.Swap(deadlineTicks);
        return new CoverSolution(h._selected.ToArray(), h.Cost, null, false, null, "heuristic");
    }

    private void Greedy()
    {
        var c = _inst.Constraints;
        for (int s = 0; s < _inst.SiteCount; s++) if (c.Fixed[s]) Open(s);
        Refresh();
        var gain = new double[_inst.SiteCount];
        while (_selected.Count < c.K)
        {
            bool deficit = Enumerable.Range(0, c.AreaMin.Length).Any(a => _areaCount[a] < c.AreaMin[a]);
            int best = -1;
            for (int s = 0; s < _inst.SiteCount; s++)
            {
                if (_open[s] || (deficit && (c.Area[s] < 0 || _areaCount[c.Area[s]] >= c.AreaMin[c.Area[s]]))) continue;
                gain[s] = Gain(s);
                if (best < 0 || gain[s] > gain[best]) best = s;
            }
            if (best < 0) break;
            Open(best);
            Refresh();
        }
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

    private void Swap(long deadlineTicks)
    {
        int m = _inst.SiteCount;
        var loss = new double[m];
        var extra = new double[m];
        var touched = new List<int>();
        double tolerance = 1e-9 * Math.Max(1, Cost);
        for (int pass = 0; pass < 50 * Math.Max(1, _inst.Constraints.K); pass++)
        {
            if (Stopwatch.GetTimestamp() > deadlineTicks) return;
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
            if (best.add < 0) return;
            Close(best.drop);
            Open(best.add);
            Refresh();
        }
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
