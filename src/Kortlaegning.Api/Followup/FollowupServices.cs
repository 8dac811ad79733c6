namespace Kortlaegning.Api.Followup;

public static class FollowupServices
{
    /// <summary>Follow-up: the store, the target presets (data/followup_targets.json) and the need scores for the equity figure.</summary>
    public static IServiceCollection AddFollowup(this IServiceCollection services) => services
        .AddSingleton<FollowupStore>()
        .AddSingleton(_ => TargetPresets.Load())
        .AddSingleton<NeedRanking>();
}
