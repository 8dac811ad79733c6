using Kortlaegning.Api.Indicators;
using Kortlaegning.Domain.Boundaries;
using Npgsql;

namespace Kortlaegning.Api.ReferenceData;

/// <summary>
/// Den Nationale Sundhedsprofil by municipality (long file: kommune_kode, indicator_id, aar, raw_value). Codes come
/// with three digits and are padded to four. The file has no national row, so Denmark's value is estimated as the
/// mean of the municipal values weighted by residents aged 16+ (BY2, 1 January 2019), marked "estimated".
/// </summary>
public sealed class HealthProfileLoader(NpgsqlDataSource db, ValueWriter writer, IndicatorDefinitions definitions, DemographyFiles demography, ILogger<HealthProfileLoader> log)
    : ValueDatasetLoader(db, writer, log)
{
    protected override string DatasetId => "sundhedsprofil-kommune";

    protected override IReadOnlyList<ValueRow> Read(string path, string source)
    {
        var byField = definitions.SourceFields.Where(kv => kv.Key.StartsWith("sp.", StringComparison.Ordinal)).ToDictionary(kv => kv.Value, kv => kv.Key);
        var rows = new List<ValueRow>();
        foreach (var row in SourceCsv.Rows(path))
        {
            if (!byField.TryGetValue(row.GetField("indicator_id")!, out var code) || SourceCsv.Number(row.GetField("raw_value")) is not { } value) continue;
            rows.Add(new ValueRow(code, "municipality", SourceCsv.Municipality(row.GetField("kommune_kode")!), row.GetField("aar")!.Trim(), value));
        }
        rows.AddRange(NationalEstimates(rows));
        return rows.Select(r => r with { Source = source }).ToList();
    }

    private IEnumerable<ValueRow> NationalEstimates(List<ValueRow> rows)
    {
        foreach (var group in rows.GroupBy(r => (r.Indicator, r.Period)))
        {
            double weighted = 0, weights = 0;
            foreach (var r in group)
            {
                double w = demography.Sum(r.AreaCode, DemographyFiles.LastYear, 16, 125);
                weighted += w * r.Value!.Value;
                weights += w;
            }
            if (weights > 0) yield return new ValueRow(group.Key.Indicator, "country", AreaCodes.Denmark, group.Key.Period, weighted / weights, Note: "estimated");
        }
    }
}
