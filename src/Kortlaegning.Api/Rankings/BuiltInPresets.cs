using System.Text.Json;
using Kortlaegning.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Kortlaegning.Api.Rankings;

/// <summary>Upserts the presets of <c>data/ranking_presets.json</c> (ours, built from the applications) by name.</summary>
public sealed class BuiltInPresets(IDbContextFactory<KortlaegningDb> dbs)
{
    private sealed record Entry(string Name, string Description, JsonElement Body);

    private sealed record File(IReadOnlyList<Entry> Presets);

    public async Task SyncAsync(CancellationToken ct)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "data", "ranking_presets.json");
        await using var stream = System.IO.File.OpenRead(path);
        var file = await JsonSerializer.DeserializeAsync<File>(stream, JsonSerializerOptions.Web, ct) ?? throw new InvalidDataException($"{path} is empty.");
        await using var db = await dbs.CreateDbContextAsync(ct);
        var existing = await db.RankingPresets.Where(p => p.BuiltIn).ToDictionaryAsync(p => p.Name, ct);
        foreach (var e in file.Presets)
        {
            if (!existing.TryGetValue(e.Name, out var preset))
            {
                preset = new RankingPreset { Name = e.Name, Description = e.Description, Body = "{}", Author = "Kortlægning (from the applications)", CreatedAt = DateTimeOffset.UtcNow, BuiltIn = true };
                db.RankingPresets.Add(preset);
            }
            (preset.Description, preset.Body) = (e.Description, e.Body.GetRawText());
        }
        await db.SaveChangesAsync(ct);
    }
}
