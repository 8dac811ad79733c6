using Kortlaegning.Api.Accounts;

namespace Kortlaegning.Api.Followup;

/// <summary>
/// Who sees raw counts. The one switch of the feature: every endpoint passes <c>rawCounts</c> from here into the
/// domain (<see cref="Domain.Followup.FollowupFigures"/>) and the answers. Planners of the owning municipality
/// (<see cref="Permission.ReadDrafts"/>) see their own raw counts (DESIGN.md §4); everyone else sees the published
/// figures, through disclosure control.
/// </summary>
public static class Audience
{
    public static bool RawCounts(HttpContext context, string municipality) =>
        Authorisation.Can(context.User, Permission.ReadDrafts, municipality);
}
