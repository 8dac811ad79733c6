using Npgsql;

namespace Kortlaegning.Api.Infrastructure.ReadCache;

/// <summary>
/// The version of the data behind area, indicator and OGC reads (migration <c>ReadVersion</c>): the sum of the
/// committed rows of <c>read_version_bumps</c>, which a statement-level trigger on every table those reads use appends
/// to. Read before an answer is built, so the answer is at least as new as its label (the trigger's row commits with
/// the write, so a write that has not committed has not moved the version either).
/// </summary>
public sealed class ReadVersionStore(NpgsqlDataSource db)
{
    private const string Current = "SELECT COALESCE(sum(weight), 0)::bigint FROM read_version_bumps";

    /// <summary>One statement, so the deleted rows and their sum are one snapshot; rows committed meanwhile stay.</summary>
    private const string Compact = """
        WITH gone AS (DELETE FROM read_version_bumps WHERE (SELECT count(*) FROM read_version_bumps) > 1 RETURNING weight)
        INSERT INTO read_version_bumps (weight) SELECT sum(weight) FROM gone HAVING count(*) > 0
        """;

    public async Task<long> CurrentAsync(CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(Current);
        return (long)(await cmd.ExecuteScalarAsync(ct))!;
    }

    /// <summary>Folds the rows into one with their summed weight; the version stays what it was.</summary>
    public async Task CompactAsync(CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(Compact);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
