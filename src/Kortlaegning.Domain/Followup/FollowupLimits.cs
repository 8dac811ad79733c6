namespace Kortlaegning.Domain.Followup;

/// <summary>The follow-up feature's limits, defined once (the API's validation and column sizes read them).</summary>
public static class FollowupLimits
{
    public const int Title = 200;
    public const int ShortText = 200;
    public const int Source = 1000;
    public const int MaxPartners = 50;
    public const int MaxFocusPlaces = 200;

    /// <summary>The largest count one registration may carry (a day's or a month's attendance at one activity).</summary>
    public const int MaxCount = 100_000;

    public const int MaxImportRows = 20_000;
    public const int MaxBreakdownKeys = 40;
    public const int BreakdownKeyLength = 60;

    /// <summary>Age bands of the optional breakdown (years).</summary>
    public static readonly IReadOnlyList<string> AgeBands = ["0-17", "18-29", "30-49", "50-64", "65-79", "80+"];

    /// <summary>Sexes of the optional breakdown.</summary>
    public static readonly IReadOnlyList<string> Sexes = ["female", "male", "other"];
}
