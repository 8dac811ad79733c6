using System.Globalization;
using Kortlaegning.Domain.Distance;

namespace Kortlaegning.Domain.Access;

/// <summary>
/// Access to one type of facility per area, from population points (1 km grid cell centres already allocated to
/// areas), the measures peers publish (AccessMod, PySAL access, Fingertips' travel indicators):
/// distance from the population-weighted centre to the nearest facility; population-weighted mean distance from each
/// point to its own nearest facility; share of residents within a distance; and the 2SFCA/E2SFCA score
/// (<see cref="TwoStepFloatingCatchment"/>) averaged over the area's points weighted by population.
/// All distances go through <see cref="IDistanceProvider"/>: one nearest query for the points, one for the centres,
/// one radius query for the catchment, so a network provider replaces the straight line without changes here.
/// </summary>
public static class FacilityAccess
{
    /// <summary>
    /// Measures for areas 0 … <paramref name="areaCount"/> − 1, indexed by area. <paramref name="cancellationToken"/> is
    /// checked between the phases and inside the parallel catchment pass (a national run takes up to a second).
    /// </summary>
    public static AreaAccess[] Compute(
        IReadOnlyList<PopulationPoint> points,
        int areaCount,
        IReadOnlyList<SupplyPoint> facilities,
        AccessOptions options,
        IDistanceProvider distances,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(facilities);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(distances);
        ArgumentOutOfRangeException.ThrowIfNegative(areaCount);
        ArgumentOutOfRangeException.ThrowIfNegative(options.WithinMetres);

        var locations = new PlanarPoint[points.Count];
        var population = new double[points.Count];
        var totals = new AreaTotals(areaCount);
        for (int i = 0; i < points.Count; i++)
        {
            var p = points[i];
            if ((uint)p.Area >= (uint)areaCount)
                throw new ArgumentException($"Point {i} has area {p.Area}, outside 0…{areaCount - 1}.", nameof(points));
            if (!(p.Population >= 0) || double.IsInfinity(p.Population))
                throw new ArgumentException($"Point {i} has population {p.Population}.", nameof(points));
            locations[i] = p.Location;
            population[i] = p.Population;
            totals.AddResidents(p.Area, p.Location, p.Population);
        }

        var facilityLocations = new PlanarPoint[facilities.Count];
        for (int j = 0; j < facilities.Count; j++) facilityLocations[j] = facilities[j].Location;

        var nearest = new double[points.Count];
        double[] scores;
        if (points.Count > 0 && PlanarCatchment.TryCreate(facilities, options.Catchment, distances) is { } planar)
        {
            // Straight line: one pass gives the scores and, for points with a facility in the catchment, the nearest
            // (it is the closest of those); the provider's nearest query is asked only about the rest.
            cancellationToken.ThrowIfCancellationRequested();
            scores = planar.Scores(locations, population, facilities, nearest, cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            var rest = new List<int>();
            for (int i = 0; i < nearest.Length; i++) if (double.IsPositiveInfinity(nearest[i])) rest.Add(i);
            if (rest.Count > 0)
            {
                var far = new PlanarPoint[rest.Count];
                for (int k = 0; k < far.Length; k++) far[k] = locations[rest[k]];
                var farNearest = distances.Nearest(far, facilityLocations);
                for (int k = 0; k < far.Length; k++) nearest[rest[k]] = farNearest[k].Metres;
            }
        }
        else
        {
            cancellationToken.ThrowIfCancellationRequested();
            var all = distances.Nearest(locations, facilityLocations);
            cancellationToken.ThrowIfCancellationRequested();
            for (int i = 0; i < nearest.Length; i++) nearest[i] = all[i].Metres;
            scores = TwoStepFloatingCatchment.Generic(locations, population, facilities, options.Catchment, distances);
        }
        for (int i = 0; i < points.Count; i++)
        {
            totals.AddAccess(points[i].Area, population[i], nearest[i], nearest[i] <= options.WithinMetres, scores[i] * options.ScorePer);
        }

        cancellationToken.ThrowIfCancellationRequested();
        // Areas without residents have no centre; ask the provider only about the others.
        var (centres, centreAreas) = totals.Centres();
        var centreNearest = new double[areaCount];
        Array.Fill(centreNearest, double.PositiveInfinity);
        var found = distances.Nearest(centres, facilityLocations);
        for (int k = 0; k < centreAreas.Length; k++) centreNearest[centreAreas[k]] = found[k].Metres;

        string note = MethodNote(options, distances, facilities.Count);
        var result = new AreaAccess[areaCount];
        for (int a = 0; a < areaCount; a++)
        {
            result[a] = totals.Result(a, centreNearest[a], note);
        }
        return result;
    }

    private static string MethodNote(AccessOptions options, IDistanceProvider distances, int facilityCount)
    {
        var c = options.Catchment;
        string method = c.IsUniform
            ? $"2SFCA (Luo & Wang 2003), catchment {c.Metres:N0} m"
            : $"E2SFCA (Luo & Qi 2009), zones {string.Join(", ", c.Zones.Select(z => $"≤{z.UpToMetres:N0} m ×{z.Weight:0.##}"))}";
        string none = facilityCount == 0 ? " No facilities of this type: no nearest distance, share and score 0." : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"Distances {distances.Name}; nearest facility from the population-weighted centre and from each 1 km grid point; " +
            $"share of residents within {options.WithinMetres:N0} m; {method}, supply per {options.ScorePer:N0} residents.{none}");
    }
}
