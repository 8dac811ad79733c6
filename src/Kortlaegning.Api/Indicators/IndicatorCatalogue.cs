using Kortlaegning.Api.Accounts;
using Kortlaegning.Api.Catalog;
using Kortlaegning.Api.Infrastructure;

namespace Kortlaegning.Api.Indicators;

/// <summary>
/// Indicator definitions with the levels and periods that hold values, and their source attribution. The full list is
/// cached in memory until <see cref="Invalidate"/> (called after every value or definition write in this process commits).
/// Every answer holds only the definitions the caller may see: published ones, and drafts of municipalities where the
/// caller reads drafts (DESIGN.md §1). So a draft indicator is "unknown" to everyone else, everywhere a code is looked
/// up here: values, profiles, rankings, estimates, downloads.
/// </summary>
public sealed class IndicatorCatalogue(IndicatorStore store, DataCatalog catalog, ICurrentUser user)
{
    private readonly Lock _gate = new();
    private IReadOnlyList<IndicatorInfo>? _all;

    // Bumped by every Invalidate: a list read before an invalidation may predate the write it announces, so it is
    // returned to its reader but not kept.
    private long _generation;

    public void Invalidate()
    {
        lock (_gate)
        {
            _generation++;
            _all = null;
        }
    }

    public async Task<IReadOnlyList<IndicatorInfo>> ListAsync(string? code, CancellationToken ct)
    {
        IReadOnlyList<IndicatorInfo>? all;
        long generation;
        lock (_gate) (all, generation) = (_all, _generation);
        if (all is null)
        {
            all = await ReadAsync(ct);
            lock (_gate)
            {
                if (_generation == generation) _all = all;
            }
        }
        return all.Where(i => (code is null || i.Code == code) && (i.State == Publication.Published || user.Can(Permission.ReadDrafts, i.Municipality))).ToList();
    }

    private async Task<IReadOnlyList<IndicatorInfo>> ReadAsync(CancellationToken ct) =>
        (await store.CatalogueAsync(ct)).Select(r => new IndicatorInfo(r.Code, new LocalisedName(r.NameDa, r.NameEn), r.Unit, r.Polarity, r.Decimals,
            r.Definition, r.CountBased, r.Illustrative, r.Levels, r.Periods.Order(StringComparer.Ordinal).ToArray(),
            r.OwnerMunicipality is null ? Source(r.Source) : OwnSource(r.Source, r.SourceName, r.SourceLicence), r.OwnerMunicipality, r.Version, r.State)).ToList();

    public async Task<IndicatorInfo?> FindAsync(string code, CancellationToken ct) => (await ListAsync(code, ct)).SingleOrDefault();

    /// <summary>Attribution of a municipality's own indicator: as its definition gives it, never a national dataset's.</summary>
    public static SourceNote OwnSource(string id, string? name, string? licence) =>
        new(id, name ?? id, $"{name ?? id} (defined by a municipality in this service)", licence ?? "unknown");

    /// <summary>Attribution for a catalogue dataset id, or for a "seed:" application file.</summary>
    public SourceNote Source(string source) => source.StartsWith("seed:", StringComparison.Ordinal)
        ? new SourceNote(source, $"Application {source[5..]}", catalog.Find("application-facts")?.Attribution ?? "The municipalities' applications", "Quoted from a public application.")
        : Attribution.For(catalog, [source]).Single();
}
