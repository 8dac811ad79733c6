using System.Diagnostics;
using Kortlaegning.Domain.Boundaries;
using Npgsql;
using NpgsqlTypes;

namespace Kortlaegning.Api.Areas;

/// <summary>What to import: the level, which properties hold code and name, and where the file came from.</summary>
public sealed record AreaImportRequest(
    AreaLevel Level,
    string CodeField,
    string? NameField,
    string Source,
    int? SourceYear = null,
    int? Srid = null,
    string? TopoObject = null,
    bool SkipRejected = false);

/// <summary>The importer's account of a file: what it read, wrote, dissolved, repaired and rejected (with reasons).</summary>
public sealed record AreaImportSummary(
    string Level,
    int FeaturesRead,
    int AreasWritten,
    int Inserted,
    int Updated,
    int Dissolved,
    int Repaired,
    IReadOnlyList<RejectedFeature> Rejected,
    int ParentLinks,
    double Seconds)
{
    public override string ToString() =>
        $"{Level}: {FeaturesRead} features read, {AreasWritten} areas written ({Inserted} new, {Updated} updated), " +
        $"{Dissolved} dissolved from several features, {Repaired} repaired, {Rejected.Count} rejected, {ParentLinks} parent links, {Seconds:0.0} s";
}

/// <summary>Nothing was written: some features were rejected and the caller did not allow skipping them.</summary>
public sealed class AreaImportRejectedException(DissolveResult result)
    : Exception($"{result.Rejected.Count} of {result.FeaturesRead} features were rejected; nothing was written.")
{
    public DissolveResult Result { get; } = result;
}

/// <summary>
/// Imports boundaries (GeoJSON or TopoJSON) as areas of one level. The domain prepares one valid MultiPolygon
/// per code; PostGIS projects to EPSG:25832, upserts by (level, code) and rebuilds parent links, all in one
/// transaction: on any error nothing changes.
/// </summary>
public sealed class AreaImporter(NpgsqlDataSource db, ILogger<AreaImporter> log)
{
    private const string Upsert = """
        INSERT INTO areas (level, code, name, geom, area_km2, source, source_year, updated_at)
        SELECT @level, code, name, g, ST_Area(g) / 1e6, @source, @year, now()
          FROM (SELECT code, name, ST_Multi(ST_CollectionExtract(ST_MakeValid(ST_Transform(geom, 25832)), 3)) AS g
                  FROM staging_areas) s
        ON CONFLICT (level, code) DO UPDATE
           SET name = excluded.name, geom = excluded.geom, area_km2 = excluded.area_km2,
               source = excluded.source, source_year = excluded.source_year, updated_at = excluded.updated_at
        RETURNING (xmax = 0);
        """;

    /// <summary>Denmark as one area, the union of the regions: the national comparator for profiles.</summary>
    private const string Country = """
        INSERT INTO areas (level, code, name, geom, area_km2, source, source_year, updated_at)
        SELECT 'country', 'DK', 'Danmark', ST_Multi(ST_CollectionExtract(ST_Union(geom), 3)), sum(area_km2), min(source), min(source_year), now()
          FROM areas WHERE level = 'region'
        ON CONFLICT (level, code) DO UPDATE
           SET geom = excluded.geom, area_km2 = excluded.area_km2, source = excluded.source, updated_at = excluded.updated_at;
        """;

    public async Task<AreaImportSummary> ImportAsync(Stream file, AreaImportRequest request, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        var features = BoundaryFile.Read(file, request.Srid, request.TopoObject);
        var prepared = BoundaryDissolver.Dissolve(features, request.Level, request.CodeField, request.NameField);
        log.LogInformation("{Level}: read {Features} features, prepared {Areas} areas in {Ms} ms",
            request.Level.Name(), prepared.FeaturesRead, prepared.Areas.Count, clock.ElapsedMilliseconds);
        if ((prepared.Rejected.Count > 0 && !request.SkipRejected) || prepared.Areas.Count == 0)
        {
            throw new AreaImportRejectedException(prepared);
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        await using (var create = new NpgsqlCommand("CREATE TEMP TABLE staging_areas (code text, name text, geom geometry) ON COMMIT DROP", conn, tx))
        {
            await create.ExecuteNonQueryAsync(ct);
        }
        await using (var copy = await conn.BeginBinaryImportAsync("COPY staging_areas (code, name, geom) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var area in prepared.Areas)
            {
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(area.Code, NpgsqlDbType.Text, ct);
                await copy.WriteAsync(area.Name, NpgsqlDbType.Text, ct);
                await copy.WriteAsync(area.Geometry, NpgsqlDbType.Geometry, ct);
            }
            await copy.CompleteAsync(ct);
        }
        int inserted = 0, updated = 0;
        await using (var upsert = new NpgsqlCommand(Upsert, conn, tx))
        {
            upsert.Parameters.AddWithValue("level", request.Level.Name());
            upsert.Parameters.AddWithValue("source", request.Source);
            upsert.Parameters.AddWithValue("year", NpgsqlDbType.Integer, (object?)request.SourceYear ?? DBNull.Value);
            await using var reader = await upsert.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                if (reader.GetBoolean(0)) inserted++; else updated++;
            }
        }
        // Fresh rows have no planner statistics; without them the overlap join below may skip the GiST index.
        await using (var analyze = new NpgsqlCommand("ANALYZE areas", conn, tx))
        {
            await analyze.ExecuteNonQueryAsync(ct);
        }
        log.LogInformation("{Level}: upserted {Count} areas at {Ms} ms", request.Level.Name(), inserted + updated, clock.ElapsedMilliseconds);
        if (request.Level == AreaLevel.Region)
        {
            await using var country = new NpgsqlCommand(Country, conn, tx);
            await country.ExecuteNonQueryAsync(ct);
        }
        int links = await ParentLinks.RebuildAroundAsync(conn, tx, request.Level, ct);
        await tx.CommitAsync(ct);
        var summary = new AreaImportSummary(request.Level.Name(), prepared.FeaturesRead, inserted + updated, inserted, updated,
            prepared.Dissolved, prepared.Repaired, prepared.Rejected, links, clock.Elapsed.TotalSeconds);
        log.LogInformation("Imported {Summary}", summary);
        return summary;
    }
}
