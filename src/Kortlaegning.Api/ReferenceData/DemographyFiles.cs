using Kortlaegning.Api.Catalog;
using Kortlaegning.Api.Infrastructure;
using Microsoft.Extensions.Options;

namespace Kortlaegning.Api.ReferenceData;

/// <summary>
/// Statistics Denmark's BY2 (population by municipality, sex, single year of age, 1 January 2010–2019), summed over
/// sex into [municipality][year][age]. Several loaders need it: shares by age, premature mortality's denominator,
/// and the weights of the national health-profile estimate.
/// </summary>
public sealed class DemographyFiles(DataCatalog catalog, IOptions<KortlaegningOptions> options)
{
    public const int FirstYear = 2010, LastYear = 2019;
    private Dictionary<string, double[,]>? _population;

    /// <summary>Population [year − 2010, age 0–125] per 4-digit municipality code; empty when BY2 is not present.</summary>
    public IReadOnlyDictionary<string, double[,]> Population => _population ??= Read();

    public double Sum(string municipality, int year, int fromAge, int toAge)
    {
        if (!Population.TryGetValue(municipality, out var p)) return 0;
        double sum = 0;
        for (int age = fromAge; age <= Math.Min(toAge, p.GetLength(1) - 1); age++) sum += p[year - FirstYear, age];
        return sum;
    }

    private Dictionary<string, double[,]> Read()
    {
        var result = new Dictionary<string, double[,]>();
        var dataset = catalog.Find("dst-by2-befolkning");
        var dir = PathResolver.FindDirectory(options.Value.DataDir);
        if (dataset is null || dir is null || !File.Exists(Path.Combine(dir, dataset.File))) return result;
        foreach (var row in SourceCsv.Rows(Path.Combine(dir, dataset.File)))
        {
            var code = SourceCsv.Municipality(row.GetField("kommunekode")!);
            int age = int.Parse(row.GetField("age")!, System.Globalization.CultureInfo.InvariantCulture);
            if (!result.TryGetValue(code, out var p)) result[code] = p = new double[LastYear - FirstYear + 1, 126];
            for (int y = FirstYear; y <= LastYear; y++) p[y - FirstYear, age] += SourceCsv.Number(row.GetField($"pop_{y}")) ?? 0;
        }
        return result;
    }
}
