using System.Globalization;
using Kortlaegning.Api.Catalog;
using Kortlaegning.Api.Grid;
using Kortlaegning.Api.Indicators;
using Kortlaegning.Domain.Boundaries;
using Npgsql;
using NpgsqlTypes;

namespace Kortlaegning.Api.ReferenceData;

/// <summary>
/// The Census 2021 1 km grid: stores the cells, allocates them to parishes, postcodes and municipalities by overlap,
/// and writes grid.population and grid.density for each (and Denmark). By construction every level's populations
/// sum to the grid total. Parishes and postcodes are overlaid; municipalities are derived from the parishes.
/// </summary>
public sealed class GridLoader(NpgsqlDataSource db, ValueWriter writer, ILogger<GridLoader> log) : IDatasetLoader
{
    private static readonly string[] Levels = ["parish", "postcode", "municipality"];

    public bool Handles(CatalogDataset dataset) => dataset.Kind == "grid";

    public async Task<(int Rows, string Summary)> LoadAsync(CatalogDataset dataset, string path, CancellationToken ct)
    {
        var cells = SourceCsv.Rows(path).Select(r => (
            E: int.Parse(r.GetField("e_km")!, CultureInfo.InvariantCulture),
            N: int.Parse(r.GetField("n_km")!, CultureInfo.InvariantCulture),
            Population: int.Parse(r.GetField("befolkning")!, CultureInfo.InvariantCulture))).ToList();

        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        await Execute(conn, tx, "CREATE TEMP TABLE staging_cells (e_km int, n_km int, population int) ON COMMIT DROP", ct);
        await using (var copy = await conn.BeginBinaryImportAsync("COPY staging_cells (e_km, n_km, population) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var c in cells)
            {
                await copy.WriteRowAsync(ct, c.E, c.N, c.Population);
            }
            await copy.CompleteAsync(ct);
        }
        await Execute(conn, tx, GridQueries.InsertCells, ct);

        var rows = new List<ValueRow>();
        foreach (var level in Levels)
        {
            await using (var allocate = new NpgsqlCommand(level == "municipality" ? GridQueries.AllocateMunicipalitiesFromParishes : GridQueries.Allocate, conn, tx))
            {
                allocate.Parameters.AddWithValue("level", level);
                await allocate.ExecuteNonQueryAsync(ct);
            }
            await using var cmd = new NpgsqlCommand(GridQueries.PopulationByArea, conn, tx);
            cmd.Parameters.AddWithValue("level", level);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
            {
                rows.AddRange(Values(level, r.GetString(0), r.GetDouble(1), r.GetDouble(2), dataset.Id));
            }
        }
        double total = cells.Sum(c => (double)c.Population);
        await using (var area = new NpgsqlCommand("SELECT area_km2 FROM areas WHERE level = 'country' AND code = 'DK'", conn, tx))
        {
            if (await area.ExecuteScalarAsync(ct) is double km2) rows.AddRange(Values("country", AreaCodes.Denmark, total, km2, dataset.Id));
        }
        int written = await writer.WriteAsync(conn, tx, rows, ct);
        await writer.CommitAsync(tx, ct);
        var summary = $"{dataset.Id}: {cells.Count} cells, {total:0} residents, allocated to {string.Join(", ", Levels)}; {written} values";
        log.LogInformation("{Summary}", summary);
        return (written, summary);
    }

    private static IEnumerable<ValueRow> Values(string level, string code, double population, double km2, string source)
    {
        yield return new ValueRow("grid.population", level, code, "2021", population, Numerator: population, Source: source, Note: "estimated");
        if (km2 > 0) yield return new ValueRow("grid.density", level, code, "2021", population / km2, Source: source, Note: "estimated");
    }

    private static async Task Execute(NpgsqlConnection conn, NpgsqlTransaction tx, string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, conn, tx);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
