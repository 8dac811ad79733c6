using System.Text.Json;
using Kortlaegning.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Kortlaegning.Api.Indicators;

/// <summary>Our indicator definitions from <c>data/indicators.json</c>, upserted into the catalogue table at start-up.</summary>
public sealed class IndicatorDefinitions(IDbContextFactory<KortlaegningDb> dbs, IndicatorCatalogue catalogue)
{
    private sealed record File(IReadOnlyList<Entry> Indicators);

    private sealed record Entry(
        string Code, string NameDa, string NameEn, string Unit, string Polarity, int Decimals, string Definition,
        string Source, bool CountBased = false, bool Illustrative = false, string? SourceField = null);

    /// <summary>The field of the source file each indicator is read from (health profile ids such as "rygning").</summary>
    public IReadOnlyDictionary<string, string> SourceFields { get; private set; } = new Dictionary<string, string>();

    public async Task SyncAsync(CancellationToken ct)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "data", "indicators.json");
        await using var stream = System.IO.File.OpenRead(path);
        var file = await JsonSerializer.DeserializeAsync<File>(stream, JsonSerializerOptions.Web, ct)
            ?? throw new InvalidDataException($"{path} is empty.");
        SourceFields = file.Indicators.Where(d => d.SourceField is not null).ToDictionary(d => d.Code, d => d.SourceField!);

        await using var db = await dbs.CreateDbContextAsync(ct);
        var existing = await db.Set<Indicator>().ToDictionaryAsync(i => i.Code, ct);
        foreach (var d in file.Indicators)
        {
            if (!existing.TryGetValue(d.Code, out var i))
            {
                i = new Indicator { Code = d.Code, NameDa = d.NameDa, NameEn = d.NameEn, Unit = d.Unit, Polarity = d.Polarity, Definition = d.Definition, Source = d.Source };
                db.Set<Indicator>().Add(i);
            }
            (i.NameDa, i.NameEn, i.Unit, i.Polarity, i.Decimals, i.Definition, i.Source, i.CountBased, i.Illustrative) =
                (d.NameDa, d.NameEn, d.Unit, d.Polarity, d.Decimals, d.Definition, d.Source, d.CountBased, d.Illustrative);
        }
        await db.SaveChangesAsync(ct);
        catalogue.Invalidate();
    }
}
