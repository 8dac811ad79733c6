using Kortlaegning.Api.Indicators;
using Kortlaegning.Api.ReferenceData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kortlaegning.Api.Data;

/// <summary>Brings the database up to date before the service answers: migrations, then reference data.</summary>
public sealed class DatabaseInitialiser(
    IDbContextFactory<KortlaegningDb> dbs,
    IndicatorDefinitions indicators,
    Rankings.BuiltInPresets presets,
    ReferenceDataLoader referenceData,
    Access.AccessRefresher access,
    IOptions<KortlaegningOptions> options,
    ILogger<DatabaseInitialiser> log)
{
    /// <summary>
    /// At service start: an unreachable database is logged, not fatal, so the service still answers /healthz with 503
    /// (and every data endpoint with an error) instead of disappearing. Restart it once the database is up.
    /// </summary>
    public async Task RunOrReportAsync(CancellationToken ct = default)
    {
        try
        {
            await RunAsync(ct);
        }
        catch (Npgsql.NpgsqlException e)
        {
            log.LogCritical(e, "Database unreachable at start-up: not migrated, no reference data loaded. /healthz answers 503.");
        }
    }

    public async Task RunAsync(CancellationToken ct = default)
    {
        if (options.Value.MigrateOnStartup)
        {
            await using var db = await dbs.CreateDbContextAsync(ct);
            await db.Database.MigrateAsync(ct);
            // New types (postgis) created by the migration must be known to this connection pool.
            await using var conn = (Npgsql.NpgsqlConnection)db.Database.GetDbConnection();
            await conn.OpenAsync(ct);
            await conn.ReloadTypesAsync(ct);
        }
        if (options.Value.LoadReferenceData)
        {
            await indicators.SyncAsync(ct);
            await presets.SyncAsync(ct);
            var loaded = await referenceData.LoadAsync(ct);
            foreach (var line in loaded) log.LogInformation("Loaded {Summary}", line);
            // Access indicators derive from the grid and the areas as well as the facilities: recompute after a reload
            // (facility writes refresh them themselves), not on every start.
            await access.RefreshAtStartUpAsync(referenceDataReloaded: loaded.Count > 0, ct);
        }
    }
}
