namespace Kortlaegning.Api.Rankings;

public static class RankingServices
{
    public static IServiceCollection AddRankings(this IServiceCollection services) => services
        .AddSingleton<RankingService>()
        .AddSingleton<BuiltInPresets>();
}
