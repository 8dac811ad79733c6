using Kortlaegning.Api.Catalog;
using Kortlaegning.Api.Indicators;
using Npgsql;

namespace Kortlaegning.Api.ReferenceData;

/// <summary>Base for catalogue datasets that become indicator values: read rows, then write them in one transaction.</summary>
public abstract class ValueDatasetLoader(NpgsqlDataSource db, ValueWriter writer, ILogger logger) : IDatasetLoader
{
    protected abstract string DatasetId { get; }

    public bool Handles(CatalogDataset dataset) => dataset.Id == DatasetId;

    /// <param name="path">The file.</param>
    /// <param name="source">The dataset id, the source of every row unless the file names its own.</param>
    protected abstract IReadOnlyList<ValueRow> Read(string path, string source);

    public async Task<(int Rows, string Summary)> LoadAsync(CatalogDataset dataset, string path, CancellationToken ct)
    {
        var rows = Read(path, dataset.Id);
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        int written = await writer.WriteAsync(conn, tx, rows, ct);
        await writer.CommitAsync(tx, ct);
        var summary = $"{dataset.Id}: {rows.Count} values read, {written} written ({rows.Count - written} for areas not loaded), indicators {string.Join(", ", rows.Select(r => r.Indicator).Distinct())}";
        logger.LogInformation("{Summary}", summary);
        return (written, summary);
    }
}
