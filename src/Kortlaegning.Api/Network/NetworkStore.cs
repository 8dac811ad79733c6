using System.Text.RegularExpressions;
using Kortlaegning.Api.Infrastructure.Data;
using Kortlaegning.Domain.Distance;
using Kortlaegning.Domain.Network;
using NetTopologySuite.Geometries;
using Npgsql;
using NpgsqlTypes;

namespace Kortlaegning.Api.Network;

/// <summary>A loaded network as <c>network_loads</c> records it.</summary>
public sealed record NetworkLoad(string Profile, string Source, int Edges, int Vertices, double Kilometres, DateTime LoadedAt, long Version);

/// <summary>
/// All network SQL. An import writes into a staging schema of its own (osm2pgrouting's <c>ways</c> and
/// <c>ways_vertices_pgr</c>, or the same two tables from lines through pgRouting's topology), then
/// <see cref="SwapAsync"/> replaces the profile's rows in one transaction: readers see the old network or the new one,
/// never a half-written one, and a refused import leaves the old one in place.
/// </summary>
public sealed partial class NetworkStore(NpgsqlDataSource db)
{
    private const string HasPgRoutingSql = "SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pgrouting') AS ok";

    private const string MunicipalityExistsSql = "SELECT EXISTS (SELECT 1 FROM areas WHERE level = 'municipality' AND code = @code) AS ok";

    /// <summary>Lines read from a file, in EPSG:25832, as osm2pgrouting's table shape. Param: none (the schema is a builder argument).</summary>
    private static string CreateWaysSql(string schema) =>
        $"CREATE TABLE {schema}.ways (gid bigserial PRIMARY KEY, source bigint, target bigint, the_geom geometry(LineString, 25832) NOT NULL)";

    private static string CopyWaysSql(string schema) => $"COPY {schema}.ways (the_geom) FROM STDIN (FORMAT BINARY)";

    /// <summary>pgRouting's topology: vertices where line ends meet within 1 cm, written to ways_vertices_pgr. Param: table.</summary>
    private const string TopologySql = "SELECT pgr_createTopology(@table, 0.01, 'the_geom', 'gid', clean := true) AS status";

    private static string CountWaysSql(string schema) => $"SELECT count(*) AS n FROM {schema}.ways WHERE source IS NOT NULL AND target IS NOT NULL";

    /// <summary>
    /// Replaces a profile's edges from the staging schema: lengths recomputed in EPSG:25832 (both directions: walking and
    /// cycling are undirected here), 2D, non-empty; clipped to the municipality buffered by @buffer metres when @code is
    /// given. Params: profile, code (nullable), buffer.
    /// </summary>
    private static string SwapEdgesSql(string schema) => $"""
        DELETE FROM network_edges WHERE profile = @profile;
        DELETE FROM network_vertices WHERE profile = @profile;
        INSERT INTO network_edges (profile, id, source, target, cost, reverse_cost, geom)
        SELECT @profile, w.gid, w.source, w.target, ST_Length(w.g), ST_Length(w.g), w.g
          FROM (SELECT gid, source, target, ST_Transform(ST_Force2D(the_geom), 25832) AS g
                  FROM {schema}.ways WHERE source IS NOT NULL AND target IS NOT NULL AND NOT ST_IsEmpty(the_geom)) w
         WHERE @code::text IS NULL
            OR ST_Intersects(w.g, (SELECT ST_Buffer(geom, @buffer) FROM areas WHERE level = 'municipality' AND code = @code::text));
        INSERT INTO network_vertices (profile, id, geom)
        SELECT @profile, v.id, ST_Transform(ST_Force2D(v.the_geom), 25832)
          FROM {schema}.ways_vertices_pgr v
         WHERE v.id IN (SELECT source FROM network_edges WHERE profile = @profile UNION SELECT target FROM network_edges WHERE profile = @profile);
        """;

    /// <summary>Records the load with a fresh version (the graph cache's key). Params: profile, source.</summary>
    private const string RecordLoadSql = """
        INSERT INTO network_loads (profile, source, edges, vertices, metres, loaded_at, version)
        SELECT @profile, @source, (SELECT count(*) FROM network_edges WHERE profile = @profile),
               (SELECT count(*) FROM network_vertices WHERE profile = @profile),
               (SELECT COALESCE(sum(cost), 0) FROM network_edges WHERE profile = @profile), now(), nextval('network_version')
        ON CONFLICT (profile) DO UPDATE SET source = excluded.source, edges = excluded.edges, vertices = excluded.vertices,
               metres = excluded.metres, loaded_at = excluded.loaded_at, version = excluded.version
        RETURNING profile, source, edges, vertices, metres / 1000 AS km, loaded_at, version
        """;

    private const string StatusSql = "SELECT profile, source, edges, vertices, metres / 1000 AS km, loaded_at, version FROM network_loads ORDER BY profile";

    private const string VersionSql = "SELECT version FROM network_loads WHERE profile = @profile";

    /// <summary>The edges of a profile with their lines, in id order (the graph is the same whoever loads it). Param: profile.</summary>
    private const string EdgesSql = "SELECT id, source, target, cost, geom FROM network_edges WHERE profile = @profile ORDER BY id";

    /// <summary>pgRouting's own shortest path between two vertices, undirected (the cross-check in tests and the benchmark). Params: profile, a, b.</summary>
    private const string DijkstraCostSql = """
        SELECT agg_cost FROM pgr_dijkstraCost(
          'SELECT id, source, target, cost, reverse_cost FROM network_edges WHERE profile = ' || quote_literal(@profile),
          @a::bigint, @b::bigint, directed := false)
        """;

    [GeneratedRegex("^network_import_[0-9a-f]{16}$")]
    private static partial Regex StagingName();

    public async Task<bool> HasPgRoutingAsync(CancellationToken ct) => await ScalarAsync<bool>(HasPgRoutingSql, ct);

    public async Task<bool> MunicipalityExistsAsync(string code, CancellationToken ct) =>
        await ScalarAsync<bool>(MunicipalityExistsSql, ct, ("code", code));

    /// <summary>A new, empty staging schema; its name is generated here, never taken from input.</summary>
    public async Task<string> CreateStagingAsync(CancellationToken ct)
    {
        string schema = "network_import_" + Guid.NewGuid().ToString("N")[..16];
        await ExecuteAsync($"CREATE SCHEMA {Checked(schema)}", ct);
        return schema;
    }

    public async Task DropStagingAsync(string schema) => await ExecuteAsync($"DROP SCHEMA IF EXISTS {Checked(schema)} CASCADE", CancellationToken.None);

    /// <summary>Writes lines (EPSG:25832) into the staging schema and builds pgRouting's topology on them; returns the edge count.</summary>
    public async Task<long> WriteLinesAsync(string schema, IEnumerable<LineString> lines, CancellationToken ct)
    {
        Checked(schema);
        await using var conn = await db.OpenConnectionAsync(ct);
        await using (var create = new NpgsqlCommand(CreateWaysSql(schema), conn)) await create.ExecuteNonQueryAsync(ct);
        await using (var copy = await conn.BeginBinaryImportAsync(CopyWaysSql(schema), ct))
        {
            foreach (var line in lines)
            {
                await copy.StartRowAsync(ct);
                await copy.WriteAsync<Geometry>(line, ct);
            }
            await copy.CompleteAsync(ct);
        }
        await using (var topology = new NpgsqlCommand(TopologySql, conn))
        {
            topology.Parameters.AddWithValue("table", $"{schema}.ways");
            await using var r = await topology.ExecuteReaderAsync(ct);
            await r.ReadAsync(ct);
            string status = r.Get<string>("status");
            if (status != "OK") throw new NetworkImportException($"pgRouting could not build the topology ({status}).");
        }
        await using var count = new NpgsqlCommand(CountWaysSql(schema), conn);
        return (long)(await count.ExecuteScalarAsync(ct))!;
    }

    /// <summary>
    /// Replaces the profile's network by the staging schema's in one transaction. Nothing changes when no edge is left
    /// (none in the file, or none within the municipality): <see cref="NetworkImportException"/>.
    /// </summary>
    public async Task<NetworkLoad> SwapAsync(string schema, NetworkProfile profile, string source, string? municipality, double bufferMetres, CancellationToken ct)
    {
        Checked(schema);
        string name = ProfileName(profile);
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        await using (var swap = new NpgsqlCommand(SwapEdgesSql(schema), conn, tx))
        {
            swap.Parameters.AddWithValue("profile", name);
            swap.Parameters.Add(new NpgsqlParameter("code", NpgsqlDbType.Text) { Value = (object?)municipality ?? DBNull.Value });
            swap.Parameters.AddWithValue("buffer", bufferMetres);
            await swap.ExecuteNonQueryAsync(ct);
        }
        NetworkLoad load;
        await using (var record = new NpgsqlCommand(RecordLoadSql, conn, tx))
        {
            record.Parameters.AddWithValue("profile", name);
            record.Parameters.AddWithValue("source", source);
            await using var r = await record.ExecuteReaderAsync(ct);
            await r.ReadAsync(ct);
            load = ReadLoad(r);
        }
        if (load.Edges == 0)
        {
            await tx.RollbackAsync(ct);
            throw new NetworkImportException(municipality is null
                ? $"No {name}able ways in {source}: nothing imported."
                : $"No {name}able ways in {source} within municipality {municipality} (buffered {bufferMetres:0} m): nothing imported. Is it the right extract?");
        }
        await tx.CommitAsync(ct);
        return load;
    }

    public async Task<IReadOnlyList<NetworkLoad>> StatusAsync(CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(StatusSql);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var loads = new List<NetworkLoad>();
        while (await r.ReadAsync(ct)) loads.Add(ReadLoad(r));
        return loads;
    }

    /// <summary>The loaded network's version, or null when the profile has none.</summary>
    public async Task<long?> VersionAsync(NetworkProfile profile, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(VersionSql);
        cmd.Parameters.AddWithValue("profile", ProfileName(profile));
        return await cmd.ExecuteScalarAsync(ct) is long v ? v : null;
    }

    public async Task<List<StreetEdge>> EdgesAsync(NetworkProfile profile, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(EdgesSql);
        cmd.Parameters.AddWithValue("profile", ProfileName(profile));
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var edges = new List<StreetEdge>();
        while (await r.ReadAsync(ct))
        {
            var line = r.Get<LineString>("geom");
            var points = new PlanarPoint[line.NumPoints];
            for (int k = 0; k < points.Length; k++) points[k] = new PlanarPoint(line.Coordinates[k].X, line.Coordinates[k].Y);
            edges.Add(new StreetEdge(r.Get<long>("id"), r.Get<long>("source"), r.Get<long>("target"), r.Get<double>("cost"), points));
        }
        return edges;
    }

    /// <summary>pgRouting's undirected shortest-path metres between two vertex ids; null when there is no path.</summary>
    public async Task<double?> DijkstraCostAsync(NetworkProfile profile, long a, long b, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(DijkstraCostSql);
        cmd.Parameters.AddWithValue("profile", ProfileName(profile));
        cmd.Parameters.AddWithValue("a", a);
        cmd.Parameters.AddWithValue("b", b);
        return await cmd.ExecuteScalarAsync(ct) is double d ? d : null;
    }

    public static string ProfileName(NetworkProfile profile) => profile == NetworkProfile.Bike ? "bike" : "walk";

    private static NetworkLoad ReadLoad(NpgsqlDataReader r) => new(r.Get<string>("profile"), r.Get<string>("source"), r.Get<int>("edges"),
        r.Get<int>("vertices"), Math.Round(r.Get<double>("km"), 1), r.Get<DateTime>("loaded_at"), r.Get<long>("version"));

    private static string Checked(string schema) =>
        StagingName().IsMatch(schema) ? schema : throw new ArgumentException($"'{schema}' is not a staging schema name.", nameof(schema));

    private async Task ExecuteAsync(string sql, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(sql);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private async Task<T> ScalarAsync<T>(string sql, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var cmd = db.CreateCommand(sql);
        foreach (var (n, v) in parameters) cmd.Parameters.AddWithValue(n, v);
        return (T)(await cmd.ExecuteScalarAsync(ct))!;
    }
}
