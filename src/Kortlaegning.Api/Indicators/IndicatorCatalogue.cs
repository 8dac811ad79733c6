using Kortlaegning.Api.Catalog;
using Kortlaegning.Api.Infrastructure;
using Npgsql;
using NpgsqlTypes;

namespace Kortlaegning.Api.Indicators;

/// <summary>
/// Indicator definitions with the levels and periods that hold values, and their source attribution. The full list is
/// cached in memory until <see cref="Invalidate"/> (called on every value or definition write in this process).
/// </summary>
public sealed class IndicatorCatalogue(NpgsqlDataSource db, DataCatalog catalog)
{
    private volatile IReadOnlyList<IndicatorInfo>? _all;

    public void Invalidate() => _all = null;

    public async Task<IReadOnlyList<IndicatorInfo>> ListAsync(string? code, CancellationToken ct)
    {
        var all = _all ??= await ReadAsync(ct);
        return code is null ? all : all.Where(i => i.Code == code).ToList();
    }

    private async Task<IReadOnlyList<IndicatorInfo>> ReadAsync(CancellationToken ct)
    {
        string? code = null;
        await using var cmd = db.CreateCommand(IndicatorQueries.Catalogue);
        cmd.Parameters.Add(new NpgsqlParameter("code", NpgsqlDbType.Text) { Value = (object?)code ?? DBNull.Value });
        var list = new List<IndicatorInfo>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            list.Add(new IndicatorInfo(r.GetString(0), new LocalisedName(r.GetString(1), r.GetString(2)), r.GetString(3), r.GetString(4), r.GetInt32(5),
                r.GetString(6), r.GetBoolean(8), r.GetBoolean(9), r.GetFieldValue<string[]>(10), r.GetFieldValue<string[]>(11).Order(StringComparer.Ordinal).ToArray(),
                Source(r.GetString(7))));
        }
        return list;
    }

    public async Task<IndicatorInfo?> FindAsync(string code, CancellationToken ct) => (await ListAsync(code, ct)).SingleOrDefault();

    /// <summary>Attribution for a catalogue dataset id, or for a "seed:" application file.</summary>
    public SourceNote Source(string source) => source.StartsWith("seed:", StringComparison.Ordinal)
        ? new SourceNote(source, $"Application {source[5..]}", catalog.Find("application-facts")?.Attribution ?? "The municipalities' applications", "Quoted from a public application.")
        : Attribution.For(catalog, [source]).Single();
}
