using Kortlaegning.Api.Infrastructure.Localisation;
using Kortlaegning.Api.Infrastructure.Validation;
using Kortlaegning.Domain.Workshops;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kortlaegning.Api.Workshops;

/// <summary>The categories a workshop starts with unless the facilitator gives others (Danish labels, stable keys).</summary>
public static class DefaultCategories
{
    public static readonly CategoryInfo[] All =
    [
        new("resource", "Ressource", 0),
        new("barrier", "Barriere", 0),
        new("idea", "Idé", 0),
        new("existing_activity", "Eksisterende aktivitet", 0),
        new("meeting_place", "Mødested", 0),
        // Where someone feels unsafe can point at a home; stored on a 100 m grid unless the facilitator changes it.
        new("safety_concern", "Utryghed", 100),
    ];
}

/// <summary>
/// Field checks of the workshop requests that need no database, collected into <see cref="FieldErrors"/> so a 400 lists
/// every problem at once. Limits come from <see cref="WorkshopLimits"/> (rules) and <see cref="WorkshopOptions"/>
/// (settings).
/// </summary>
public static class WorkshopValidation
{
    /// <summary>A 400 naming one body field, in the service's one validation shape.</summary>
    public static ProblemHttpResult Invalid(string field, string message, string title)
    {
        var errors = new FieldErrors();
        errors.Add(field, message);
        return errors.ToProblem(title);
    }

    /// <summary>The categories as given (null: the defaults), or null when they are refused (see <paramref name="errors"/>).</summary>
    public static List<CategoryInfo>? Categories(List<CategoryRequest>? given, FieldErrors errors)
    {
        if (given is null) return [.. DefaultCategories.All];
        if (given.Count is 0 or > WorkshopLimits.MaxCategories) { errors.Add("categories", Texts.GiveCategories.Format(WorkshopLimits.MaxCategories)); return null; }
        var result = new List<CategoryInfo>();
        for (int i = 0; i < given.Count; i++)
        {
            var c = given[i];
            var field = $"categories[{i}]";
            if (!CategoryKey.IsValid(c?.Key)) errors.Add($"{field}.key", CategoryKey.Rule);
            errors.Text($"{field}.label", c?.Label, WorkshopLimits.CategoryLabelLength, required: true);
            if (c?.BlurMetres is < 0 or > WorkshopLimits.MaxBlurMetres) errors.Add($"{field}.blurMetres", Texts.BlurRange.Format(WorkshopLimits.MaxBlurMetres));
            if (c?.Key is not null && result.Any(r => r.Key == c.Key)) errors.Add($"{field}.key", Texts.DuplicateKey.Format(c.Key));
            if (c?.Key is not null && c.Label is not null) result.Add(new CategoryInfo(c.Key, c.Label.Trim(), c.BlurMetres ?? 0));
        }
        return result;
    }

    public static void Title(FieldErrors errors, string? title) => errors.Text("title", title, WorkshopLimits.TitleLength, required: true);

    public static void Status(FieldErrors errors, string? status)
    {
        if (status is not null && !WorkshopStatus.IsKnown(status)) errors.Add("status", Texts.OneOf.Format(string.Join(", ", WorkshopStatus.All)));
    }

    public static void VoteLimit(FieldErrors errors, int? votes)
    {
        if (votes is < 0 or > WorkshopLimits.MaxVoteLimit) errors.Add("voteLimit", Texts.DotsRange.Format(WorkshopLimits.MaxVoteLimit));
    }

    /// <summary>Exactly one of parishes, housing departments or a drawn polygon.</summary>
    public static void FocusShape(FieldErrors errors, FocusRequest? focus)
    {
        var given = new[] { focus?.Parishes is not null, focus?.HousingDepartments is not null, focus?.Polygon is not null }.Count(x => x);
        if (given != 1) errors.Add("focus", Texts.OneFocus.Get());
    }

    public static void CreateRequest(FieldErrors errors, CreateWorkshopRequest body, int defaultVoteLimit)
    {
        Title(errors, body.Title);
        if (body.Date is null) errors.Add("date", Texts.WorkshopDateRequired.Get());
        Status(errors, body.Status ?? WorkshopStatus.Draft);
        VoteLimit(errors, body.VoteLimit ?? defaultVoteLimit);
        FocusShape(errors, body.Focus);
    }

    public static void UpdateRequest(FieldErrors errors, UpdateWorkshopRequest body)
    {
        if (body.Title is not null) Title(errors, body.Title);
        Status(errors, body.Status);
        VoteLimit(errors, body.VoteLimit);
    }

    /// <summary>A new item's category and text; the geometry is checked by <see cref="GeometryInput"/>.</summary>
    public static void NewItem(FieldErrors errors, AnnotationRequest? body, int maxTextLength)
    {
        if (!CategoryKey.IsValid(body?.Category)) errors.Add("category", Texts.CategoryRequired.Get());
        errors.Text("text", body?.Text, maxTextLength);
    }

    public static void ItemEdit(FieldErrors errors, AnnotationRequest? body, int maxTextLength)
    {
        if (body is null || (body.Category is null && body.Text is null && body.Geometry is null)) errors.Add("body", Texts.GiveTextCategoryGeometry.Get());
        if (body?.Category is not null && !CategoryKey.IsValid(body.Category)) errors.Add("category", Texts.OneOfCategoryKeys.Get());
        if (body?.Text is not null) errors.Text("text", body.Text, maxTextLength);
    }

    public static void Moderation(FieldErrors errors, ModerationRequest? body)
    {
        if (body is null || (body.Status is null && body.Category is null)) errors.Add("body", Texts.GiveStatusCategory.Get());
        if (body?.Status is not null && !ModerationStatus.IsKnown(body.Status)) errors.Add("status", Texts.OneOf.Format(string.Join(", ", ModerationStatus.All)));
    }

    /// <summary>The join code as typed, normalised (<see cref="WorkshopSecrets.NormaliseJoinCode"/>), and the nickname.</summary>
    public static string Join(FieldErrors errors, JoinRequest? body)
    {
        var code = WorkshopSecrets.NormaliseJoinCode(body?.Code);
        if (code.Length is < WorkshopLimits.JoinCodeMinLength or > WorkshopLimits.JoinCodeMaxLength) errors.Add("code", Texts.JoinCodeRule.Get());
        errors.Text("nickname", body?.Nickname, WorkshopLimits.NicknameLength);
        return code;
    }

    /// <summary>1–<see cref="WorkshopLimits.MaxFocusAreas"/> codes, each normalised for the level; null when any is refused.</summary>
    public static string[]? FocusCodes(FieldErrors errors, string field, string[] raw, Kortlaegning.Domain.Boundaries.AreaLevel level)
    {
        if (raw.Length is 0 or > WorkshopLimits.MaxFocusAreas) { errors.Add(field, Texts.GiveAreaCodes.Format(WorkshopLimits.MaxFocusAreas)); return null; }
        var codes = raw.Select(c => Kortlaegning.Domain.Boundaries.AreaCodes.Normalise(level, c)).ToArray();
        for (int i = 0; i < codes.Length; i++)
        {
            if (codes[i] is null) errors.Add($"{field}[{i}]", Texts.NotAreaCode.Format(raw[i], Texts.AreaCodeRule(level)));
        }
        return errors.Any ? null : codes.Distinct().Select(c => c!).ToArray();
    }
}
