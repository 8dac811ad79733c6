using Kortlaegning.Api.Infrastructure;

namespace Kortlaegning.Api.Rankings;

public sealed record RankingResponse(
    string Level,
    IReadOnlyDictionary<string, string> Periods,
    string Method,
    string Missing,
    IReadOnlyDictionary<string, double> Weights,
    int N,
    int TopN,
    IReadOnlyList<RankedAreaDto> Areas,
    IReadOnlyList<string> Notes,
    IReadOnlyList<SourceNote> Sources);

public sealed record RankedAreaDto(
    string Level, string Code, string Name, string? MunicipalityCode, double? Score, int? Rank, int? Quintile,
    IReadOnlyDictionary<string, double> Contributions, IReadOnlyDictionary<string, double?> Values,
    IReadOnlyList<string> MissingIndicators, IReadOnlyList<string> Flags, IReadOnlyList<int>? RankInterval, double? TopNShare);
