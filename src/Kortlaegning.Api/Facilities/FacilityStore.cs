using System.Data;
using System.Runtime.CompilerServices;
using Kortlaegning.Api.Accounts;
using Kortlaegning.Api.Audit;
using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Api.Infrastructure.Data;
using Kortlaegning.Api.Infrastructure.Validation;
using Npgsql;
using NpgsqlTypes;

namespace Kortlaegning.Api.Facilities;

public enum WriteOutcome { Ok, NotFound, Stale, Invalid }

/// <summary>The result of a facility write: the id and new version, or why nothing was written.</summary>
public sealed record WriteResult(WriteOutcome Outcome, int Id = 0, int Version = 0, FieldErrors? Errors = null, int CurrentVersion = 0)
{
    public static WriteResult Invalid(FieldErrors errors) => new(WriteOutcome.Invalid, Errors: errors);
}

/// <summary>What the list answers: every filter is optional and they combine with AND (bbox = minLon, minLat, maxLon, maxLat).</summary>
public sealed record FacilityFilter(string[]? Types, double[]? Bbox, int? AreaId, int? MunicipalityId, string? Text, int Limit, int Offset);

/// <summary>
/// All facility SQL. Reads: the stored Feature text per facility (kept by a trigger on every write; migration
/// FacilityFeatureText), filtered with a bbox transformed into the table's SRID (25832) so the GiST index on geom is
/// used. Writes (<c>FacilityStore.Writes.cs</c>): one transaction each; geometry projected to EPSG:25832 by PostGIS and
/// refused outside Denmark's extent; edits take the row lock and compare versions (optimistic concurrency); after the
/// commit, <see cref="FacilitiesChanged"/> is published with the affected types. Every write asks <see cref="ICurrentUser.Require"/>
/// for the owning municipality (derived from the geometry) and appends to the audit trail in its own transaction.
/// Reads answer published facilities and the drafts the caller may read (<see cref="Publication.VisibleSql"/>).
/// </summary>
public sealed partial class FacilityStore(NpgsqlDataSource db, FacilityChanges changes, ICurrentUser user, AuditLog audit)
{
    private static readonly string Visible = Publication.VisibleSql("f", "municipality");

    /// <summary>The list's filters as a WHERE clause over <c>facilities f</c> (its parameters: <see cref="AddFilter"/>).</summary>
    private static readonly string FilterSql = $"""
        {Visible}
                   AND (@types::text[] IS NULL OR f.type = ANY(@types))
                   AND (@minx::float8 IS NULL OR f.geom && ST_Transform(ST_MakeEnvelope(@minx, @miny, @maxx, @maxy, 4326), 25832))
                   AND (@area_id::int IS NULL OR EXISTS (SELECT 1 FROM areas a WHERE a.id = @area_id AND ST_Intersects(a.geom, f.geom)))
                   AND (@municipality_id::int IS NULL OR EXISTS (SELECT 1 FROM areas m WHERE m.id = @municipality_id AND ST_Intersects(m.geom, f.geom)))
                   AND (@text::text IS NULL OR f.name ILIKE @text OR f.address ILIKE @text OR f.organisation ILIKE @text
                        OR f.notes ILIKE @text OR array_to_string(f.tags, ' ') ILIKE @text)
        """;

    /// <summary>
    /// Features matching every given filter, ordered by id, one row per feature. Params: types (text[] or null),
    /// minx..maxy (lon/lat or null), area_id, municipality_id (int or null), text (ILIKE pattern or null), limit, offset.
    /// </summary>
    private static readonly string CollectionSql = $"""
        SELECT f.feature FROM facilities f
                 WHERE {FilterSql}
         ORDER BY f.id
         LIMIT @limit OFFSET @offset
        """;

    /// <summary>One feature and its version. Param: id.</summary>
    private static readonly string OneSql = $"SELECT f.feature, f.version FROM facilities f WHERE f.id = @id AND {Visible}";

    private const string AreaIdSql = "SELECT id FROM areas WHERE level = @level AND code = @code";

    /// <summary>
    /// Each matching Feature's text as UTF-8 bytes straight from the connection (never decoded into a .NET string, never
    /// aggregated into one multi-MB value). Copy each stream before asking for the next: it is read sequentially.
    /// </summary>
    public async IAsyncEnumerable<Stream> FeaturesAsync(FacilityFilter filter, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var cmd = new NpgsqlCommand(CollectionSql, conn);
        AddFilter(cmd, filter);
        await using var r = await cmd.ExecuteReaderAsync(CommandBehavior.SequentialAccess, ct);
        int feature = r.GetOrdinal("feature");
        while (await r.ReadAsync(ct))
        {
            await using var stream = await r.GetStreamAsync(feature, ct);
            yield return stream;
        }
    }

    /// <summary>The parameters of <see cref="FilterSql"/>, <c>limit</c> and <c>offset</c>, and the caller's draft visibility.</summary>
    private void AddFilter(NpgsqlCommand cmd, FacilityFilter filter)
    {
        var p = cmd.Parameters;
        p.Add(new NpgsqlParameter("types", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = (object?)filter.Types ?? DBNull.Value });
        string[] names = ["minx", "miny", "maxx", "maxy"];
        for (int i = 0; i < 4; i++) p.Add(new NpgsqlParameter(names[i], NpgsqlDbType.Double) { Value = filter.Bbox is { } box ? box[i] : DBNull.Value });
        p.Add(new NpgsqlParameter("area_id", NpgsqlDbType.Integer) { Value = (object?)filter.AreaId ?? DBNull.Value });
        p.Add(new NpgsqlParameter("municipality_id", NpgsqlDbType.Integer) { Value = (object?)filter.MunicipalityId ?? DBNull.Value });
        p.Add(new NpgsqlParameter("text", NpgsqlDbType.Text) { Value = (object?)LikePattern(filter.Text) ?? DBNull.Value });
        p.AddDraftParameters(user);
        p.AddWithValue("limit", filter.Limit);
        p.AddWithValue("offset", filter.Offset);
    }

    /// <summary>One facility as its stored GeoJSON Feature text and version, or null.</summary>
    public async Task<(string Feature, int Version)?> FeatureAsync(int id, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(OneSql);
        cmd.Parameters.AddWithValue("id", id);
        cmd.Parameters.AddDraftParameters(user);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        return await r.ReadAsync(ct) ? (r.Get<string>("feature"), r.Get<int>("version")) : null;
    }

    /// <summary>The id of the area with this level name and code (for the list's area filters), or null.</summary>
    public async Task<int?> AreaIdAsync(string level, string code, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(AreaIdSql);
        cmd.Parameters.AddWithValue("level", level);
        cmd.Parameters.AddWithValue("code", code);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        return await r.ReadAsync(ct) ? r.Get<int>("id") : null;
    }

    /// <summary>Free text as an ILIKE "contains" pattern, with the pattern's own metacharacters escaped.</summary>
    private static string? LikePattern(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : "%" + text.Trim().Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_") + "%";
}
