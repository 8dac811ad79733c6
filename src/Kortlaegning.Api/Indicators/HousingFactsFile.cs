using Kortlaegning.Api.ReferenceData;
using Kortlaegning.Domain.OwnAreas;

namespace Kortlaegning.Api.Indicators;

/// <summary>
/// The curated housing facts of the applications (data/facts/housing_facts.csv, ours, copied beside the assembly), read
/// once. They are quoted statements, not values: the profile shows them as text with their seed file, never rolls them up.
/// </summary>
public sealed class HousingFactsFile
{
    private readonly Lazy<IReadOnlyList<HousingFact>> _facts;

    public HousingFactsFile() : this(Path.Combine(AppContext.BaseDirectory, "data", "facts", "housing_facts.csv"))
    {
    }

    public HousingFactsFile(string path) => _facts = new(() => File.Exists(path) ? Read(path) : []);

    public IReadOnlyList<HousingFact> Facts => _facts.Value;

    private static List<HousingFact> Read(string path) =>
        SourceCsv.Rows(path).Select(r => new HousingFact(
            SourceCsv.Municipality(r.GetField("municipality_code")!), r.GetField("subject")!.Trim(), r.GetField("fact")!.Trim(),
            r.GetField("value")!.Trim(), r.GetField("unit")!.Trim(), r.GetField("source")!.Trim(),
            SourceCsv.Number(r.GetField("reference")), r.GetField("reference_subject") is { Length: > 0 } s ? s.Trim() : null)).ToList();
}
