using Kortlaegning.Api.Catalog;

namespace Kortlaegning.Api.Infrastructure;

/// <summary>The "sources" member every data response carries: dataset id, attribution and licence from the catalogue.</summary>
public sealed record SourceNote(string Id, string Name, string Attribution, string Licence);

public static class Attribution
{
    public static IReadOnlyList<SourceNote> For(DataCatalog catalog, IEnumerable<string> datasetIds) =>
        datasetIds.Distinct().Order(StringComparer.Ordinal).Select(id => catalog.Find(id) is { } d
            ? new SourceNote(d.Id, d.Name, d.Attribution, d.Licence)
            : new SourceNote(id, id, "Loaded by a user of this service; see the uploader for source and licence.", "unknown")).ToList();
}
