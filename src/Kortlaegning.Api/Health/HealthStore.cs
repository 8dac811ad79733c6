using Kortlaegning.Api.Infrastructure.Data;
using Npgsql;

namespace Kortlaegning.Api.Health;

/// <summary>What the database says about itself: server and PostGIS versions, and how many areas are loaded.</summary>
public sealed record DatabaseStatus(string Postgres, string PostGis, long Areas);

/// <summary>The health check's one query.</summary>
public sealed class HealthStore(NpgsqlDataSource db)
{
    private const string Status = "SELECT version() AS postgres, postgis_lib_version() AS postgis, (SELECT count(*) FROM areas) AS areas";

    public async Task<DatabaseStatus> StatusAsync(CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(Status);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        await r.ReadAsync(ct);
        // version() reads "PostgreSQL 17.2 on x86_64-pc-linux-gnu, compiled by …": the build details are noise here.
        return new DatabaseStatus(r.Get<string>("postgres").Split(" on ")[0], r.Get<string>("postgis"), r.Get<long>("areas"));
    }
}
