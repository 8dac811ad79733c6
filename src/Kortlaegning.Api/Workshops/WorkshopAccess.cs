using Kortlaegning.Api.Accounts;
using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Api.Infrastructure.Localisation;
using Kortlaegning.Domain.Workshops;

namespace Kortlaegning.Api.Workshops;

/// <summary>The participant behind a valid token, as the write filter found it.</summary>
public sealed record ParticipantContext(long Id, Guid WorkshopId, string Status, bool Locked, int VoteLimit)
{
    private const string Key = "workshop.participant";

    public static ParticipantContext From(HttpContext http) => (ParticipantContext)http.Items[Key]!;

    internal void Attach(HttpContext http) => http.Items[Key] = this;
}

/// <summary>
/// Endpoint filters for the two kinds of caller. Facilitators prove themselves with the workshop's secret
/// (<see cref="WorkshopSecrets.FacilitatorHeader"/>) on top of <see cref="Policies.Facilitator"/>; participants
/// with the token they got at join, which writes only to that workshop, only while it is open and unlocked, and
/// only as fast as <see cref="ParticipantRateLimiter"/> lets them.
/// </summary>
internal static class WorkshopAccess
{
    public static RouteHandlerBuilder RequireFacilitatorKey(this RouteHandlerBuilder b) => b.AddEndpointFilter(async (ctx, next) =>
    {
        var http = ctx.HttpContext;
        if (!TryWorkshopId(http, out var id)) return Problems.NotFound("No such workshop.");
        var problem = await CheckFacilitatorAsync(http, id, required: true);
        return problem ?? await next(ctx);
    }).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

    /// <summary>
    /// Null when the caller holds the key (or, with <paramref name="required"/> false, sent none); else the problem. With
    /// <paramref name="required"/> (the facilitator's own actions) the signed-in caller must also be a facilitator of the
    /// workshop's municipality: the key is the second factor, not a substitute for the role. A read with the key alone
    /// (the projector screen) sees what the facilitator sees.
    /// </summary>
    public static async Task<IResult?> CheckFacilitatorAsync(HttpContext http, Guid id, bool required)
    {
        var key = http.Request.Headers[WorkshopSecrets.FacilitatorHeader].ToString();
        if (key.Length == 0 && !required) return null;
        var store = http.RequestServices.GetRequiredService<WorkshopStore>();
        if (await store.FacilitatorKeyHashAsync(id, http.RequestAborted) is not var (hash, municipality)) return Problems.NotFound("No such workshop.");
        if (required) http.RequestServices.GetRequiredService<ICurrentUser>().Require(Permission.Facilitate, municipality);
        if (key.Length == 0) return Problems.Status(401, "Facilitator key required", Texts.FacilitatorKeyHeader.Format(WorkshopSecrets.FacilitatorHeader));
        if (!WorkshopSecrets.Matches(key, hash)) return Problems.Status(403, "Wrong facilitator key", "The key does not belong to this workshop.");
        return null;
    }

    public static bool IsFacilitator(HttpContext http) => http.Request.Headers.ContainsKey(WorkshopSecrets.FacilitatorHeader);

    public static RouteHandlerBuilder RequireParticipant(this RouteHandlerBuilder b, bool write = true) => b.AddEndpointFilter(async (ctx, next) =>
    {
        var http = ctx.HttpContext;
        if (!TryWorkshopId(http, out var id)) return Problems.NotFound("No such workshop.");
        var (participant, problem) = await FindParticipantAsync(http);
        if (problem is not null) return problem;
        if (participant!.WorkshopId != id)
        {
            return Problems.Status(403, "Not a participant of this workshop", Texts.TokenOtherWorkshop.Get());
        }
        if (write)
        {
            var limiter = http.RequestServices.GetRequiredService<ParticipantRateLimiter>();
            if (!limiter.TryAcquire(participant.Id, out var retry))
            {
                http.Response.Headers.RetryAfter = retry.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return Problems.Status(429, "Too many writes", Texts.SlowDown.Format(retry), new Dictionary<string, object?> { ["retryAfterSeconds"] = retry });
            }
            if (ParticipantWrites.Refusal(participant.Status, participant.Locked) is string refusal)
            {
                return Problems.Status(409, "Workshop not open for changes", refusal);
            }
        }
        participant.Attach(http);
        return await next(ctx);
    }).ProducesProblem(401).ProducesProblem(403).ProducesProblem(409).ProducesProblem(429);

    /// <summary>The participant for the token header; null and no problem when no token was sent.</summary>
    public static async Task<(ParticipantContext? Participant, IResult? Problem)> FindParticipantAsync(HttpContext http, bool required = true)
    {
        var token = http.Request.Headers[WorkshopSecrets.ParticipantHeader].ToString();
        if (token.Length == 0)
        {
            return required
                ? (null, Problems.Status(401, "Participant token required", Texts.JoinFirst.Format(WorkshopSecrets.ParticipantHeader)))
                : (null, null);
        }
        var participant = await http.RequestServices.GetRequiredService<ParticipantDirectory>().FindAsync(token, http.RequestAborted);
        return participant is null ? (null, Problems.Status(401, "Unknown participant token", "Join the workshop again with its code.")) : (participant, null);
    }

    private static bool TryWorkshopId(HttpContext http, out Guid id) =>
        Guid.TryParse(http.Request.RouteValues["id"]?.ToString(), out id);
}
