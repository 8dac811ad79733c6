using System.Runtime.CompilerServices;

namespace Kortlaegning.Domain.Allocation;

/// <summary>
/// Incremental bookkeeping for uncapacitated covering heuristics: how many open sites cover each node, the sum of their
/// indices (equal to the sole coverer when the count is 1), each site's gain (uncovered weight it would add) and the
/// covered weight. Opening or closing a site costs Σ over its nodes of their site lists.
/// </summary>
internal sealed class CoverageState
{
    private readonly CoverInstance _inst;

    public CoverageState(CoverInstance inst)
    {
        _inst = inst;
        Count = new int[inst.NodeCount];
        SiteSum = new long[inst.NodeCount];
        Gain = new double[inst.SiteCount];
        Open = new bool[inst.SiteCount];
        AreaCount = new int[inst.Constraints.AreaMin.Length];
        for (int s = 0; s < inst.SiteCount; s++)
        {
            foreach (int i in inst.NodesOf(s)) Gain[s] += inst.Weight[i];
        }
    }

    public int[] Count { get; }
    public long[] SiteSum { get; }
    public double[] Gain { get; }
    public bool[] Open { get; }
    public int[] AreaCount { get; }
    public List<int> Selected { get; } = [];
    public double Covered { get; private set; }
    public int UncoveredNodes => _uncovered ??= Count.Count(c => c == 0);
    private int? _uncovered;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(int s)
    {
        Open[s] = true;
        Selected.Add(s);
        if (_inst.Constraints.Area[s] >= 0) AreaCount[_inst.Constraints.Area[s]]++;
        foreach (int i in _inst.NodesOf(s))
        {
            if (Count[i]++ == 0)
            {
                Covered += _inst.Weight[i];
                foreach (int t in _inst.SitesOf(i)) Gain[t] -= _inst.Weight[i];
                if (_uncovered is not null) _uncovered--;
            }
            SiteSum[i] += s;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Remove(int s)
    {
        Open[s] = false;
        Selected.Remove(s);
        if (_inst.Constraints.Area[s] >= 0) AreaCount[_inst.Constraints.Area[s]]--;
        foreach (int i in _inst.NodesOf(s))
        {
            if (--Count[i] == 0)
            {
                Covered -= _inst.Weight[i];
                foreach (int t in _inst.SitesOf(i)) Gain[t] += _inst.Weight[i];
                if (_uncovered is not null) _uncovered++;
            }
            SiteSum[i] -= s;
        }
    }

    /// <summary>Weight only site s covers: lost if s closes.</summary>
    public double Loss(int s)
    {
        double loss = 0;
        foreach (int i in _inst.NodesOf(s)) if (Count[i] == 1) loss += _inst.Weight[i];
        return loss;
    }

    /// <summary>Whether closing s keeps its area at or above the minimum (or s is replaced by a site in the same area).</summary>
    public bool CanClose(int s, int replacement = -1)
    {
        var c = _inst.Constraints;
        if (c.Fixed[s]) return false;
        int a = c.Area[s];
        return a < 0 || AreaCount[a] > c.AreaMin[a] || (replacement >= 0 && c.Area[replacement] == a);
    }

    /// <summary>
    /// The closed site with the largest gain (or <paramref name="priority"/>, when given), among sites in areas below their
    /// minimum when any is; -1 if none.
    /// </summary>
    public int BestAddition(double[]? priority = null)
    {
        var c = _inst.Constraints;
        bool deficit = false;
        for (int a = 0; a < c.AreaMin.Length; a++) deficit |= AreaCount[a] < c.AreaMin[a];
        int best = -1;
        for (int s = 0; s < _inst.SiteCount; s++)
        {
            if (Open[s]) continue;
            if (deficit && (c.Area[s] < 0 || AreaCount[c.Area[s]] >= c.AreaMin[c.Area[s]])) continue;
            if (best < 0 || (priority ?? Gain)[s] > (priority ?? Gain)[best]) best = s;
        }
        return best;
    }
}
