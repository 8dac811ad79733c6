using Kortlaegning.Api.Indicators;
using Kortlaegning.Domain.Boundaries;
using Npgsql;

namespace Kortlaegning.Api.ReferenceData;

/// <summary>HISBK life expectancy at birth, 5-year periods (columns e0_2000_2004 … e0_2015_2019); "0000" is Denmark.</summary>
public sealed class LifeExpectancyLoader(NpgsqlDataSource db, ValueWriter writer, ILogger<LifeExpectancyLoader> log)
    : ValueDatasetLoader(db, writer, log)
{
    protected override string DatasetId => "dst-hisbk-middellevetid";

    protected override IReadOnlyList<ValueRow> Read(string path, string source)
    {
        var rows = new List<ValueRow>();
        foreach (var row in SourceCsv.Rows(path))
        {
            var code = SourceCsv.Municipality(row.GetField("kommunekode")!);
            var (level, area) = code == "0000" ? ("country", AreaCodes.Denmark) : ("municipality", code);
            foreach (var column in row.HeaderRecord!.Where(h => h.StartsWith("e0_", StringComparison.Ordinal)))
            {
                // Ærø, Christiansø, Fanø, Læsø and Samsø are empty: Statistics Denmark suppresses them. No row, no guess.
                if (SourceCsv.Number(row.GetField(column)) is not { } value) continue;
                rows.Add(new ValueRow("dst.life_expectancy", level, area, column[3..].Replace('_', '-'), value));
            }
        }
        return rows.Select(r => r with { Source = source }).ToList();
    }
}
