using System.Text.Json;

namespace Kortlaegning.Api.Rankings;

/// <summary>Upserts the presets of <c>data/ranking_presets.json</c> (ours, built from the applications) by name.</summary>
public sealed class BuiltInPresets(RankingStore store)
{
    private sealed record Entry(string Name, string Description, JsonElement Body);

    private sealed record File(IReadOnlyList<Entry> Presets);

    public async Task SyncAsync(CancellationToken ct)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "data", "ranking_presets.json");
        await using var stream = System.IO.File.OpenRead(path);
        var file = await JsonSerializer.DeserializeAsync<File>(stream, JsonSerializerOptions.Web, ct) ?? throw new InvalidDataException($"{path} is empty.");
        await store.SyncBuiltInAsync(file.Presets.Select(e => (e.Name, e.Description, e.Body.GetRawText())).ToList(), ct);
    }
}
