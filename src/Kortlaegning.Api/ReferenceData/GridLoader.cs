using System.Globalization;
using Kortlaegning.Api.Catalog;
using Kortlaegning.Api.Grid;
using Kortlaegning.Api.Indicators;
using Kortlaegning.Domain.Boundaries;
using Npgsql;

namespace Kortlaegning.Api.ReferenceData;

/// <summary>
/// The Census 2021 1 km grid: stores the cells, allocates them to parishes, postcodes and municipalities by overlap,
/// and writes grid.population and grid.density for each (and Denmark). By construction every level's populations
/// sum to the grid total. Parishes and postcodes are overlaid; municipalities are derived from the parishes.
/// </summary>
public sealed class GridLoader(NpgsqlDataSource db, GridStore grid, ValueWriter writer, ILogger<GridLoader> log) : IDatasetLoader
{
    private static readonly string[] Levels = ["parish", "postcode", "municipality"];

    public bool Handles(CatalogDataset dataset) => dataset.Kind == "grid";

    public async Task<(int Rows, string Summary)> LoadAsync(CatalogDataset dataset, string path, CancellationToken ct)
    {
        var cells = SourceCsv.Rows(path).Select(r => new GridCellRow(
            int.Parse(r.GetField("e_km")!, CultureInfo.InvariantCulture),
            int.Parse(r.GetField("n_km")!, CultureInfo.InvariantCulture),
            int.Parse(r.GetField("befolkning")!, CultureInfo.InvariantCulture))).ToList();

        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        await grid.ReplaceCellsAsync(conn, tx, cells, ct);
        var rows = new List<ValueRow>();
        foreach (var level in Levels)
        {
            foreach (var area in await grid.AllocateAsync(conn, tx, level, ct))
            {
                rows.AddRange(Values(level, area.Code, area.Population, area.AreaKm2, dataset.Id));
            }
        }
        double total = cells.Sum(c => (double)c.Population);
        if (await grid.CountryAreaKm2Async(conn, tx, ct) is { } km2) rows.AddRange(Values("country", AreaCodes.Denmark, total, km2, dataset.Id));
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
}
