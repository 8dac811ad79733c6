using Kortlaegning.Api.Catalog;
using Kortlaegning.Api.Indicators;
using Npgsql;

namespace Kortlaegning.Api.ReferenceData;

/// <summary>Facts quoted from the applications (data/facts/application_facts.csv, ours), each row naming its seed file as source.</summary>
public sealed class ApplicationFactsLoader(NpgsqlDataSource db, ValueWriter writer, ILogger<ApplicationFactsLoader> log)
    : ValueDatasetLoader(db, writer, log)
{
    protected override string DatasetId => "application-facts";

    protected override IReadOnlyList<ValueRow> Read(string path, string source) =>
        SourceCsv.Rows(path).Select(r => new ValueRow(
            r.GetField("indicator")!, r.GetField("level")!, r.GetField("area_code")!, r.GetField("period")!,
            SourceCsv.Number(r.GetField("value")), SourceCsv.Number(r.GetField("numerator")), SourceCsv.Number(r.GetField("denominator")),
            SourceCsv.Number(r.GetField("ci_low")), SourceCsv.Number(r.GetField("ci_high")), Source: r.GetField("source")!)).ToList();
}
