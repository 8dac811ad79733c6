namespace Kortlaegning.Api.Followup;

/// <summary>
/// Who sees raw counts. The one switch of the feature: every endpoint passes <c>rawCounts</c> from here into the
/// domain (<see cref="Domain.Followup.FollowupFigures"/>) and the answers. Until accounts land (issue 13) nobody does:
/// every figure is the published one, through disclosure control. Accounts will answer true for planners of
/// <paramref name="municipality"/>.
/// </summary>
public static class Audience
{
    public static bool RawCounts(HttpContext context, string municipality) => false;
}
