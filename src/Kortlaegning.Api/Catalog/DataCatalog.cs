using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kortlaegning.Api.Catalog;

/// <summary>
/// One dataset of <c>data/catalog.json</c>: where it comes from, its licence, and how we load it. <c>File</c> is relative
/// to the data directory, or to our own <c>data/</c> when <c>InRepo</c> (curated tables we write ourselves).
/// </summary>
public sealed record CatalogDataset(
    string Id,
    string Name,
    string Kind,
    string Level,
    string File,
    int? Year,
    bool Autoload,
    string Publisher,
    string OfficialSource,
    string Download,
    string Licence,
    string Attribution,
    string? Provenance,
    string? CodeField = null,
    string? NameField = null,
    bool InRepo = false);

/// <summary>
/// The catalogue of datasets, read once from <c>data/catalog.json</c> (copied beside the assembly at build).
/// It is ours: official source, licence, attribution and download instructions for each third-party file.
/// </summary>
public sealed class DataCatalog
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public IReadOnlyList<CatalogDataset> Datasets { get; }

    public DataCatalog(IReadOnlyList<CatalogDataset> datasets) => Datasets = datasets;

    public static DataCatalog Load(string? path = null)
    {
        path ??= Path.Combine(AppContext.BaseDirectory, "data", "catalog.json");
        using var stream = System.IO.File.OpenRead(path);
        var file = JsonSerializer.Deserialize<CatalogFile>(stream, Json) ?? throw new InvalidDataException($"{path} is empty.");
        return new DataCatalog(file.Datasets);
    }

    public CatalogDataset? Find(string id) => Datasets.FirstOrDefault(d => d.Id == id);

    private sealed record CatalogFile([property: JsonPropertyName("datasets")] IReadOnlyList<CatalogDataset> Datasets);
}
