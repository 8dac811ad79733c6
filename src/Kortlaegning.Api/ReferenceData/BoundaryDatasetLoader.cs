using Kortlaegning.Api.Areas;
using Kortlaegning.Api.Catalog;
using Kortlaegning.Domain.Boundaries;

namespace Kortlaegning.Api.ReferenceData;

/// <summary>Catalogue boundaries (DAGI) through the same importer the CLI and upload use.</summary>
public sealed class BoundaryDatasetLoader(AreaImporter importer) : IDatasetLoader
{
    public bool Handles(CatalogDataset dataset) => dataset.Kind == "boundaries";

    public async Task<(int Rows, string Summary)> LoadAsync(CatalogDataset dataset, string path, CancellationToken ct)
    {
        if (!AreaLevels.TryParse(dataset.Level, out var level) || dataset.CodeField is null)
        {
            throw new InvalidDataException($"Catalogue entry {dataset.Id} needs a valid level and codeField.");
        }
        await using var file = File.OpenRead(path);
        var summary = await importer.ImportAsync(file, new AreaImportRequest(level, dataset.CodeField, dataset.NameField, dataset.Id, dataset.Year), ct);
        return (summary.AreasWritten, summary.ToString());
    }
}
