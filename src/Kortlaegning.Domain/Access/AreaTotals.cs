using Kortlaegning.Domain.Distance;

namespace Kortlaegning.Domain.Access;

/// <summary>Per-area population-weighted running sums behind <see cref="FacilityAccess"/>.</summary>
internal sealed class AreaTotals
{
    private readonly double[] _population, _sumX, _sumY, _sumDistance, _within, _sumScore;
    private readonly bool[] _unreachable;

    public AreaTotals(int areaCount)
    {
        _population = new double[areaCount];
        _sumX = new double[areaCount];
        _sumY = new double[areaCount];
        _sumDistance = new double[areaCount];
        _within = new double[areaCount];
        _sumScore = new double[areaCount];
        _unreachable = new bool[areaCount];
    }

    public void AddResidents(int area, PlanarPoint at, double population)
    {
        _population[area] += population;
        _sumX[area] += population * at.X;
        _sumY[area] += population * at.Y;
    }

    public void AddAccess(int area, double population, double nearestMetres, bool within, double score)
    {
        if (population == 0) return;
        // No facility, or none reachable on a network: the mean distance is undefined rather than infinite.
        if (double.IsInfinity(nearestMetres)) _unreachable[area] = true;
        else _sumDistance[area] += population * nearestMetres;
        if (within) _within[area] += population;
        _sumScore[area] += population * score;
    }

    /// <summary>Population-weighted centres of the areas that have residents, and which area each belongs to.</summary>
    public (PlanarPoint[] Centres, int[] Areas) Centres()
    {
        var areas = Enumerable.Range(0, _population.Length).Where(a => _population[a] > 0).ToArray();
        var centres = areas.Select(a => new PlanarPoint(_sumX[a] / _population[a], _sumY[a] / _population[a])).ToArray();
        return (centres, areas);
    }

    public AreaAccess Result(int area, double centreNearestMetres, string note)
    {
        double pop = _population[area];
        if (!(pop > 0)) return new AreaAccess(area, 0, null, null, null, null, note);
        return new AreaAccess(
            area,
            pop,
            double.IsInfinity(centreNearestMetres) ? null : centreNearestMetres,
            _unreachable[area] ? null : _sumDistance[area] / pop,
            _within[area] / pop,
            _sumScore[area] / pop,
            note);
    }
}
