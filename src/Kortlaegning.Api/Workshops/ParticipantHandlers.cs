using System.Text;
using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Api.Infrastructure.Localisation;
using Kortlaegning.Api.Infrastructure.Validation;
using Kortlaegning.Domain.Workshops;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kortlaegning.Api.Workshops;

/// <summary>What a participant does with the token from join: add, edit and delete their own items, and place dots.</summary>
internal static class ParticipantHandlers
{
    /// <summary>The device cookie: a random secret set at the first join, so a re-join from this browser is the same participant.</summary>
    public const string DeviceCookie = "kl_device";

    public static async Task<Results<Created<Joined>, ProblemHttpResult>> Join(JoinRequest? body, HttpContext http, [AsParameters] WorkshopHandlerServices s, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var code = WorkshopValidation.Join(errors, body);
        if (errors.Any) return errors.ToProblem("Cannot join");
        var workshop = await s.Store.ByJoinCodeAsync(code, ct);
        if (workshop is null) return Problems.NotFound(Texts.NoWorkshopWithCode.Get());
        var (id, status) = workshop.Value;
        if (!WorkshopStatus.CanJoin(status)) return Problems.Status(409, "Workshop not open", (status == WorkshopStatus.Draft ? Texts.WorkshopIsDraft : Texts.WorkshopIsClosed).Get());
        var token = WorkshopSecrets.NewSecret();
        var nickname = string.IsNullOrWhiteSpace(body!.Nickname) ? null : body.Nickname.Trim();
        var device = Device(http);
        await s.Store.AddParticipantAsync(id, WorkshopSecrets.Hash(token), nickname, WorkshopSecrets.Hash(device), ct);
        var details = await s.Store.DetailsAsync(id, withJoinCode: false, ct);
        return TypedResults.Created($"/api/workshops/{id}", new Joined(id, token, nickname, details?.VoteLimit ?? s.Settings.DefaultVoteLimit));
    }

    /// <summary>The device secret from the cookie, or a new one set as an HttpOnly cookie for the workshop API (no personal data).</summary>
    private static string Device(HttpContext http)
    {
        var known = http.Request.Cookies[DeviceCookie];
        if (known is { Length: >= 32 and <= 64 } && known.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')) return known;
        var secret = WorkshopSecrets.NewSecret();
        http.Response.Cookies.Append(DeviceCookie, secret, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = http.Request.IsHttps,
            Path = "/api/workshops",
            MaxAge = TimeSpan.FromDays(30),
            IsEssential = true,
        });
        return secret;
    }

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> Add(
        Guid id, AnnotationRequest? body, HttpContext http, [AsParameters] WorkshopHandlerServices s, CancellationToken ct)
    {
        var me = ParticipantContext.From(http);
        var o = s.Settings;
        var errors = new FieldErrors();
        WorkshopValidation.NewItem(errors, body, o.MaxTextLength);
        var shape = GeometryInput.Check(body?.Geometry, o.MaxVertices, out var json);
        if (errors.Any) return errors.ToProblem("Invalid item");
        if (shape is not null) return Problems.Status(422, "Unusable geometry", shape);

        var added = await s.Store.AddItemAsync(id, me.Id, body!.Category!, body.Text?.Trim() ?? "", json, o.MaxVertices, ct);
        if (added.Unreadable is not null) return Problems.Status(422, "Unreadable geometry", Texts.GeometryUnreadable.Format(TechnicalReasons.Localise(added.Unreadable)));
        if (added.Id is not long aid) return Refusal(added.Check!, body.Category!, o)!;
        await s.Events.AnnotationAsync(id, aid, ModerationStatus.Published, added.Feature!);
        http.Response.Headers.Location = $"/api/workshops/{id}/annotations/{aid}";
        return TypedResults.Text(added.Feature, GeoJsonText.MediaType, Encoding.UTF8, StatusCodes.Status201Created);
    }

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> Edit(
        Guid id, long aid, AnnotationRequest? body, HttpContext http, [AsParameters] WorkshopHandlerServices s, CancellationToken ct)
    {
        var me = ParticipantContext.From(http);
        var o = s.Settings;
        var errors = new FieldErrors();
        WorkshopValidation.ItemEdit(errors, body, o.MaxTextLength);
        string json = "";
        var shape = body?.Geometry is null ? null : GeometryInput.Check(body.Geometry, o.MaxVertices, out json);
        if (errors.Any) return errors.ToProblem("Invalid change");
        if (shape is not null) return Problems.Status(422, "Unusable geometry", shape);

        var owner = await s.Store.OwnerAsync(id, aid, ct);
        if (owner is null) return Problems.NotFound(Texts.NoItem.Format(aid));
        if (owner.Participant != me.Id) return Problems.Status(403, "Not your item", "Participants can change only the items they added.");
        var category = body!.Category ?? owner.Category;
        byte[]? geom = null;
        int blur;
        if (body.Geometry is not null)
        {
            var drawn = await s.Store.CheckGeometryAsync(id, json, category, ct);
            if (drawn.Unreadable is not null) return Problems.Status(422, "Unreadable geometry", Texts.GeometryUnreadable.Format(TechnicalReasons.Localise(drawn.Unreadable)));
            if (Refusal(drawn.Check!, category, o) is ProblemHttpResult refused) return refused;
            (geom, blur) = (drawn.Ewkb, drawn.BlurMetres);
        }
        else
        {
            var known = await s.Store.CategoryBlurAsync(id, category, ct);
            if (known is null) { errors.Add("category", Texts.NoCategory.Format(category)); return errors.ToProblem("Invalid change"); }
            blur = known.Value;
        }
        await s.Store.UpdateItemAsync(new ItemChange(id, aid, me.Id, body.Text?.Trim(), body.Category, null, geom, blur), ct);
        return await FacilitatorHandlers.PublishAsync(s, id, aid, me.Id, ct);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(Guid id, long aid, HttpContext http, [AsParameters] WorkshopHandlerServices s, CancellationToken ct)
    {
        var me = ParticipantContext.From(http);
        var owner = await s.Store.OwnerAsync(id, aid, ct);
        if (owner is null) return Problems.NotFound(Texts.NoItem.Format(aid));
        if (owner.Participant != me.Id) return Problems.Status(403, "Not your item", "Participants can delete only the items they added.");
        await s.Store.DeleteOwnItemAsync(id, aid, me.Id, ct);
        await s.Events.AnnotationRemovedAsync(id, aid);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Created<MyVotes>, ProblemHttpResult>> Vote(
        Guid id, VoteRequest? body, HttpContext http, [AsParameters] WorkshopHandlerServices s, CancellationToken ct)
    {
        var me = ParticipantContext.From(http);
        if ((body?.AnnotationId is null) == (body?.Area is null)) return WorkshopValidation.Invalid("target", Texts.GiveOneTarget.Get(), "Invalid dot");
        switch (await s.Store.PlaceDotAsync(id, me.Id, me.VoteLimit, body!.AnnotationId, body.Area, ct))
        {
            case DotOutcome.NoneLeft:
                return Problems.Status(409, "No dots left", Texts.DotsUsed.Format(me.VoteLimit));
            case DotOutcome.NoSuchTarget:
                return Problems.NotFound(body.AnnotationId is not null ? Texts.NoPublishedItem.Format(body.AnnotationId) : Texts.NoWorkshopArea.Format(body.Area));
            case DotOutcome.AlreadyThere:
                return Problems.Status(409, "Already voted", "You already put a dot here.");
        }
        await PublishVotesAsync(s, id, body.AnnotationId, body.Area, ct);
        return TypedResults.Created($"/api/workshops/{id}/me", await MyVotesAsync(s.Store, me, ct));
    }

    public static async Task<Results<Ok<MyVotes>, ProblemHttpResult>> Unvote(Guid id, long vid, HttpContext http, [AsParameters] WorkshopHandlerServices s, CancellationToken ct)
    {
        var me = ParticipantContext.From(http);
        var target = await s.Store.TakeBackDotAsync(id, vid, me.Id, ct);
        if (target is null) return Problems.NotFound(Texts.NoDot.Format(vid));
        var (aid, area) = target.Value;
        await PublishVotesAsync(s, id, aid, area, ct);
        return TypedResults.Ok(await MyVotesAsync(s.Store, me, ct));
    }

    public static async Task<Ok<MyVotes>> Me(HttpContext http, WorkshopStore store, CancellationToken ct) =>
        TypedResults.Ok(await MyVotesAsync(store, ParticipantContext.From(http), ct));

    /// <summary>Why an item was refused (<see cref="DrawnItemCheck.Verdict"/>), as a problem; null when every check passed.</summary>
    private static ProblemHttpResult? Refusal(DrawnItemCheck check, string category, WorkshopOptions o)
    {
        switch (check.Verdict(o.MaxVertices))
        {
            case DrawnItemVerdict.UnknownCategory:
                var errors = new FieldErrors();
                errors.Add("category", Texts.NoCategory.Format(category));
                return errors.ToProblem("Invalid item");
            case DrawnItemVerdict.Invalid:
                return Problems.Status(422, "Invalid geometry", Texts.GeometryReason.Format(TechnicalReasons.Localise(check.Reason!)));
            case DrawnItemVerdict.TooManyVertices:
                return Problems.Status(422, "Too many vertices", Texts.TooManyVerticesDetail.Format(check.Vertices, o.MaxVertices));
            case DrawnItemVerdict.Outside:
                return Problems.Status(422, "Outside the workshop area", Texts.OutsideWorkshop.Format(Math.Round(o.ExtentBufferMetres)));
            default:
                return null;
        }
    }

    private static async Task PublishVotesAsync(WorkshopHandlerServices s, Guid id, long? aid, string? area, CancellationToken ct) =>
        await s.Events.VotesAsync(id, aid, area, await s.Store.DotCountAsync(id, aid, area, ct));

    private static async Task<MyVotes> MyVotesAsync(WorkshopStore store, ParticipantContext me, CancellationToken ct)
    {
        var votes = await store.MyDotsAsync(me.Id, ct);
        return new MyVotes(me.VoteLimit, votes.Count, DotAllowance.Left(me.VoteLimit, votes.Count), votes);
    }
}
