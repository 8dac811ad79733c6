using Kortlaegning.Api.Indicators;
using Kortlaegning.Domain.Boundaries;
using Npgsql;

namespace Kortlaegning.Api.ReferenceData;

/// <summary>BY2 → population, share aged 65+ and 80+ (numerator/denominator kept) per municipality and Denmark, 2010–2019.</summary>
public sealed class PopulationLoader(NpgsqlDataSource db, ValueWriter writer, DemographyFiles demography, ILogger<PopulationLoader> log)
    : ValueDatasetLoader(db, writer, log)
{
    protected override string DatasetId => "dst-by2-befolkning";

    protected override IReadOnlyList<ValueRow> Read(string path, string source)
    {
        var rows = new List<ValueRow>();
        for (int year = DemographyFiles.FirstYear; year <= DemographyFiles.LastYear; year++)
        {
            string period = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
            double dk = 0, dk65 = 0, dk80 = 0;
            foreach (var code in demography.Population.Keys)
            {
                double all = demography.Sum(code, year, 0, 125), p65 = demography.Sum(code, year, 65, 125), p80 = demography.Sum(code, year, 80, 125);
                (dk, dk65, dk80) = (dk + all, dk65 + p65, dk80 + p80);
                rows.AddRange(Rows("municipality", code, period, all, p65, p80));
            }
            rows.AddRange(Rows("country", AreaCodes.Denmark, period, dk, dk65, dk80));
        }
        return rows.Select(r => r with { Source = source }).ToList();
    }

    private static IEnumerable<ValueRow> Rows(string level, string code, string period, double all, double p65, double p80)
    {
        yield return new ValueRow("dst.population", level, code, period, all, Numerator: all);
        yield return new ValueRow("dst.share_65plus", level, code, period, 100 * p65 / all, p65, all);
        yield return new ValueRow("dst.share_80plus", level, code, period, 100 * p80 / all, p80, all);
    }
}
