using Kortlaegning.Api.Catalog;

namespace Kortlaegning.Api.ReferenceData;

/// <summary>Loads one kind of catalogue dataset ("boundaries", "indicators", "grid") from its file. All-or-nothing.</summary>
public interface IDatasetLoader
{
    /// <summary>Whether this loader handles the dataset (by kind, and for indicators by id).</summary>
    bool Handles(CatalogDataset dataset);

    /// <summary>Loads the file; returns rows written and a one-line summary.</summary>
    Task<(int Rows, string Summary)> LoadAsync(CatalogDataset dataset, string path, CancellationToken ct);
}
