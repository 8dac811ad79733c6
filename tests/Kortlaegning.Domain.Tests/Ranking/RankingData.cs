using Kortlaegning.Domain.Indicators;
using Kortlaegning.Domain.Ranking;

namespace Kortlaegning.Domain.Tests.Ranking;

/// <summary>Tiny hand-checkable requests: areas "A", "B", … with values per indicator code.</summary>
internal static class RankingData
{
    public static RankingIndicator Indicator(string code, double weight = 1, Polarity polarity = Polarity.LowIsGood) =>
        new(code, weight, polarity);

    public static RankingArea Area(string code, params (string Indicator, double? Value)[] values) =>
        new("sogn", code, $"Sogn {code}", values.ToDictionary(v => v.Indicator, v => v.Value));

    /// <summary>One LowIsGood indicator "x"; area i is named A, B, C, … and has value values[i].</summary>
    public static RankingRequest OneIndicator(RankingMethod method, params double?[] values) =>
        new([Indicator("x")], values.Select((v, i) => Area(((char)('A' + i)).ToString(), ("x", v))).ToArray(), method);

    public static RankedArea ByCode(this RankingResult result, string code) => result.Areas.Single(a => a.Code == code);

    public static double ScoreOf(this RankingResult result, string code) => result.ByCode(code).Score!.Value;
}
