namespace Kortlaegning.Api.Rankings;

public static class RankingServices
{
    public static IServiceCollection AddRankings(this IServiceCollection services) => services
        .AddSingleton<RankingStore>()
        .AddSingleton<RankingService>()
        .AddSingleton<BuiltInPresets>();
}
