namespace Kortlaegning.Domain.Workshops;

/// <summary>
/// The fixed limits of a mapping workshop, defined once: the API validates against them and the database columns
/// (see the workshop entity configurations) are sized for them. Limits an operator may tune (vertices per item,
/// comment length, extent buffer, default dots) are settings of the API (<c>WorkshopOptions</c>), not rules.
/// </summary>
public static class WorkshopLimits
{
    /// <summary>Longest workshop title (characters); the <c>workshops.title</c> column.</summary>
    public const int TitleLength = 200;

    /// <summary>Longest category label (characters); the <c>workshop_categories.label</c> column.</summary>
    public const int CategoryLabelLength = 100;

    /// <summary>Longest category key; the <c>workshop_categories.key</c> column (see <see cref="CategoryKey"/>).</summary>
    public const int CategoryKeyLength = 40;

    /// <summary>Categories per workshop: enough for any co-creative mapping, few enough for a phone's picker.</summary>
    public const int MaxCategories = 20;

    /// <summary>Coarsest location blurring a category may ask for (metres); the check constraint on <c>blur_metres</c>.</summary>
    public const int MaxBlurMetres = 5000;

    /// <summary>Most dots a participant may be given; the check constraint on <c>workshops.vote_limit</c>.</summary>
    public const int MaxVoteLimit = 100;

    /// <summary>Most focus areas (parishes or housing departments) one workshop may name.</summary>
    public const int MaxFocusAreas = 200;

    /// <summary>Longest nickname (characters); the <c>workshop_participants.nickname</c> column.</summary>
    public const int NicknameLength = 40;

    /// <summary>
    /// Length of a join code as typed, after spaces and dashes are dropped: codes are drawn with 6 characters; 4–8 is
    /// accepted so a mistyped code answers 404 rather than 400.
    /// </summary>
    public const int JoinCodeMinLength = 4;

    /// <inheritdoc cref="JoinCodeMinLength"/>
    public const int JoinCodeMaxLength = 8;

    /// <summary>Longest facility name taken from an item's text when it becomes a facility without a name of its own.</summary>
    public const int FacilityNameFromText = 80;
}
