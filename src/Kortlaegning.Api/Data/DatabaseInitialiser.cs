using Kortlaegning.Api.Indicators;
using Kortlaegning.Api.ReferenceData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kortlaegning.Api.Data;

/// <summary>Brings the database up to date before the service answers: migrations, then reference data.</summary>
public sealed class DatabaseInitialiser(
    IDbContextFactory<KortlaegningDb> dbs,
    IndicatorDefinitions indicators,
    ReferenceDataLoader referenceData,
    IOptions<KortlaegningOptions> options,
    ILogger<DatabaseInitialiser> log)
{
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
        await indicators.SyncAsync(ct);
        if (options.Value.LoadReferenceData)
        {
            foreach (var line in await referenceData.LoadAsync(ct)) log.LogInformation("Loaded {Summary}", line);
        }
    }
}
