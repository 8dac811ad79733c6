using System.Globalization;
using Kortlaegning.Api.Facilities;
using Kortlaegning.Api.Indicators;
using Kortlaegning.Domain.Access;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Kortlaegning.Api.Access;

/// <summary>
/// Keeps the access indicators of each facility type stored (<see cref="AccessIndicators"/>), so rankings, profiles
/// and /api/indicators use them like any other. Handles <see cref="FacilitiesChanged"/> after the facility write has
/// committed and before its answer is sent; what to recompute is <see cref="AccessRefreshPlanner"/>'s decision. One
/// transaction per refresh, after an advisory lock per type taken in the plan's order: two concurrent refreshes of one
/// type are serialised, and the second reads (READ COMMITTED, after the lock) a snapshot with both writes.
/// </summary>
public sealed class AccessRefresher(AccessStore store, AccessCalculator calculator, ValueWriter writer, IndicatorCatalogue catalogue,
    FacilityTypes types, IOptions<KortlaegningOptions> options) : IFacilityChangeHandler
{
    public Task HandleAsync(FacilitiesChanged change, CancellationToken ct) =>
        RefreshAsync(AccessRefreshPlanner.ForChange(change.Types, IsKnown), ct);

    /// <summary>
    /// At start-up: recompute every stored access indicator when reference data was reloaded (population or areas may
    /// have changed); otherwise nothing. The decision is <see cref="AccessRefreshPlanner.AtStartUp"/>'s.
    /// </summary>
    public async Task RefreshAtStartUpAsync(bool referenceDataReloaded, CancellationToken ct)
    {
        var (withFacilities, stored) = await store.PresentAsync(ct);
        await RefreshAsync(AccessRefreshPlanner.AtStartUp(referenceDataReloaded, withFacilities, stored, IsKnown), ct);
    }
    public async Task RefreshAsync(AccessRefreshPlan plan, CancellationToken ct)
    {
        if (plan.IsEmpty) return;
        await using (var conn = await store.OpenAsync(ct))
        await using (var tx = await conn.BeginTransactionAsync(ct))
        {
            var rows = new List<ValueRow>();
            foreach (var code in plan.Types)
            {
                var type = types.Find(code)!;
                await store.LockTypeAsync(conn, tx, code, ct);
                await store.DefineAsync(conn, tx, code, Definitions(type), ct);
                await store.DeleteValuesAsync(conn, tx, AccessIndicators.Codes(code), ct);
                foreach (var level in plan.Levels)
                {
                    var computed = await calculator.ComputeAsync(conn, tx,
                        new AccessRequest(code, level, AccessIndicators.WithinMetres, options.Value.AccessCatchmentMetres), ct);
                    rows.AddRange(Rows(code, level, computed));
                }
            }
            if (rows.Count > 0) await writer.WriteAsync(conn, tx, rows, ct);
            await writer.CommitAsync(tx, ct);
        }
        // Definitions changed too; and a read between the writer's own invalidation and the commit may have cached the old list.
        catalogue.Invalidate();
    }

    private bool IsKnown(string type) => types.Find(type) is not null;

    private static IEnumerable<ValueRow> Rows(string type, string level, AccessComputed computed)
    {
        for (int a = 0; a < computed.Population.Areas.Count; a++)
        {
            var area = computed.Population.Areas[a];
            foreach (var v in AccessIndicators.Values(type, computed.Results[a]))
            {
                yield return new ValueRow(v.Code, level, area.Code, AccessIndicators.Period, v.Value, Note: v.Note, Source: "facilities");
            }
        }
    }

    private IEnumerable<AccessIndicatorDefinition> Definitions(FacilityType type)
    {
        var catchment = options.Value.AccessCatchmentMetres.ToString("N0", CultureInfo.InvariantCulture);
        var (da, en) = (type.NameDa.ToLowerInvariant(), type.NameEn.ToLowerInvariant());
        var codes = AccessIndicators.Codes(type.Code);
        const string grid = "Residents from the Census 2021 1 km grid (cell centres, split over areas by overlap); straight-line distance in EPSG:25832.";
        return
        [
            new(codes[0], $"Afstand til nærmeste: {da}", $"Distance to nearest {en}", "metres", "low_is_good", 0,
                $"Distance from the area's population-weighted centre to the nearest {en}, metres. {grid} Null when there is none of the type."),
            new(codes[1], $"Gennemsnitlig afstand til nærmeste: {da}", $"Mean distance to nearest {en}", "metres", "low_is_good", 0,
                $"Population-weighted mean of each resident point's distance to its own nearest {en}, metres. {grid}"),
            new(codes[2], $"Andel borgere inden for 1 km: {da}", $"Residents within 1 km of a {en}", "percent", "high_is_good", 1,
                $"Share of residents whose nearest {en} lies within 1,000 m. {grid} 0 when there is none of the type."),
            new(codes[3], $"Adgang (2SFCA): {da}", $"Access score (2SFCA): {en}", "score", "high_is_good", 2,
                $"Two-step floating catchment (Luo & Wang 2003), catchment {catchment} m: capacity (persons; 1 when not given) per 1,000 residents in reach, population-weighted over the area. {grid}"),
        ];
    }
}
