using Kortlaegning.Api.Indicators;
using Kortlaegning.Domain.Boundaries;
using Npgsql;

namespace Kortlaegning.Api.ReferenceData;

/// <summary>
/// Premature mortality = deaths at ages 0–74 in the year (FOD207, both sexes) per 1,000 residents aged 0–74 on
/// 1 January (BY2). Yearly 2010–2019 and pooled 2015–2019 (Σ deaths / Σ population over the five years), for every
/// municipality and for Denmark (FOD207's "0000 All Denmark" over the sum of municipal populations).
/// FOD207's regions (0081–0085) are not used: their population is not in BY2's municipal file.
/// </summary>
public sealed class PrematureMortalityLoader(NpgsqlDataSource db, ValueWriter writer, DemographyFiles demography, ILogger<PrematureMortalityLoader> log)
    : ValueDatasetLoader(db, writer, log)
{
    private const string Code = "dst.premature_mortality";
    private const int PooledFrom = 2015;

    protected override string DatasetId => "dst-fod207-doede";

    protected override IReadOnlyList<ValueRow> Read(string path, string source)
    {
        var deaths = new Dictionary<string, double[]>();
        foreach (var row in SourceCsv.Rows(path))
        {
            var age = row.GetField("age")!;
            if (!int.TryParse(age, out var a) || a > 74) continue; // "TOT" and "99-" are not single ages under 75
            var area = row.GetField("areacode")!.Trim();
            if (!deaths.TryGetValue(area, out var d)) deaths[area] = d = new double[DemographyFiles.LastYear - DemographyFiles.FirstYear + 1];
            for (int y = DemographyFiles.FirstYear; y <= DemographyFiles.LastYear; y++) d[y - DemographyFiles.FirstYear] += SourceCsv.Number(row.GetField($"deaths_{y}")) ?? 0;
        }
        var rows = new List<ValueRow>();
        var national = new double[DemographyFiles.LastYear - DemographyFiles.FirstYear + 1];
        foreach (var code in demography.Population.Keys)
        {
            var population = Enumerable.Range(DemographyFiles.FirstYear, national.Length).Select(y => demography.Sum(code, y, 0, 74)).ToArray();
            for (int i = 0; i < national.Length; i++) national[i] += population[i];
            if (deaths.TryGetValue(code, out var d)) rows.AddRange(Rows("municipality", code, d, population));
        }
        if (deaths.TryGetValue("0000", out var dk)) rows.AddRange(Rows("country", AreaCodes.Denmark, dk, national));
        return rows.Select(r => r with { Source = source }).ToList();
    }

    private static IEnumerable<ValueRow> Rows(string level, string code, double[] deaths, double[] population)
    {
        for (int i = 0; i < deaths.Length; i++)
        {
            if (population[i] <= 0) continue;
            var period = (DemographyFiles.FirstYear + i).ToString(System.Globalization.CultureInfo.InvariantCulture);
            yield return new ValueRow(Code, level, code, period, 1000 * deaths[i] / population[i], deaths[i], population[i]);
        }
        int from = PooledFrom - DemographyFiles.FirstYear;
        double pd = deaths[from..].Sum(), pp = population[from..].Sum();
        if (pp > 0) yield return new ValueRow(Code, level, code, $"{PooledFrom}-{DemographyFiles.LastYear}", 1000 * pd / pp, pd, pp);
    }
}
