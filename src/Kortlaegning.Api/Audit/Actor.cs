using System.Security.Claims;
using Kortlaegning.Api.Accounts;

namespace Kortlaegning.Api.Audit;

/// <summary>The kinds of actor in <c>audit_log.actor_kind</c>.</summary>
public static class ActorKinds
{
    public const string User = "user";
    public const string Token = "token";
    public const string Participant = "participant";
    public const string System = "system";
    public const string Anonymous = "anonymous";
}

/// <summary>Who made a change: a signed-in user, a personal access token, a workshop participant, or the command line.</summary>
public sealed record Actor(string Kind, string? Name, string? Id)
{
    public static Actor Of(ClaimsPrincipal user)
    {
        var kind = user.FindFirstValue(AccountClaims.ActorKindType);
        return kind switch
        {
            ActorKinds.Token => new Actor(kind, $"{user.Identity?.Name} / {user.FindFirstValue(AccountClaims.TokenNameType)}", user.FindFirstValue(AccountClaims.TokenIdType)),
            ActorKinds.User => new Actor(kind, user.Identity?.Name, user.FindFirstValue(ClaimTypes.NameIdentifier)),
            ActorKinds.System => new Actor(kind, user.Identity?.Name, null),
            _ => new Actor(ActorKinds.Anonymous, null, null),
        };
    }

    /// <summary>A workshop participant, by the id of their participant token (no account, no name).</summary>
    public static Actor Participant(long participantId, string? nickname = null) =>
        new(ActorKinds.Participant, nickname, participantId.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
