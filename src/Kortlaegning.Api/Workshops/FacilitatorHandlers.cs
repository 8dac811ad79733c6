using System.Text;
using Kortlaegning.Api.Facilities;
using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Api.Infrastructure.Localisation;
using Kortlaegning.Api.Infrastructure.Validation;
using Kortlaegning.Domain.Boundaries;
using Kortlaegning.Domain.Workshops;
using Microsoft.AspNetCore.Http.HttpResults;
using QRCoder;

namespace Kortlaegning.Api.Workshops;

/// <summary>What a facilitator does: create and steer a workshop, moderate, merge, and turn items into planning input.</summary>
internal static class FacilitatorHandlers
{
    public static async Task<Results<Created<CreatedWorkshop>, ProblemHttpResult>> Create(
        CreateWorkshopRequest? body, HttpRequest request, [AsParameters] WorkshopHandlerServices s, CancellationToken ct)
    {
        var o = s.Settings;
        var errors = new FieldErrors();
        if (body is null) { errors.Add("body", "A JSON body is required."); return errors.ToProblem("Invalid workshop"); }
        var municipality = AreaCodes.Normalise(AreaLevel.Municipality, body.Municipality);
        if (municipality is null) errors.Add("municipality", Texts.RequiredAs.Format("municipality", Texts.AreaCodeRule(AreaLevel.Municipality)));
        WorkshopValidation.CreateRequest(errors, body, o.DefaultVoteLimit);
        var categories = WorkshopValidation.Categories(body.Categories, errors);
        if (errors.Any) return errors.ToProblem("Invalid workshop");

        if (!await s.Store.MunicipalityExistsAsync(municipality!, ct)) errors.Add("municipality", Texts.NotLoaded.Format(AreaLevel.Municipality.Name(), municipality));
        var (focus, problem) = await FocusAsync(s, body.Focus!, errors, ct);
        if (problem is not null) return problem;
        if (errors.Any) return errors.ToProblem("Invalid workshop");

        var id = Guid.NewGuid();
        var key = WorkshopSecrets.NewSecret();
        var code = await s.Store.CreateAsync(new NewWorkshop(id, body.Title!.Trim(), municipality!, body.Date!.Value, body.Status ?? WorkshopStatus.Draft,
            WorkshopSecrets.Hash(key), focus!.Level, focus.Codes, focus.Extent, o.ExtentBufferMetres, body.VoteLimit ?? o.DefaultVoteLimit, categories!), ct);
        var baseUrl = BaseUrl(request, o);
        var created = new CreatedWorkshop(id, code, key, JoinUrl(baseUrl, code), $"{baseUrl}/workshop/screen.html?id={id}#key={key}");
        return TypedResults.Created($"/api/workshops/{id}", created);
    }

    public static async Task<Results<Ok<WorkshopDetails>, ProblemHttpResult>> Update(
        Guid id, UpdateWorkshopRequest? body, ParticipantDirectory participants, [AsParameters] WorkshopHandlerServices s, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (body is null) { errors.Add("body", "A JSON body is required."); return errors.ToProblem("Invalid change"); }
        WorkshopValidation.UpdateRequest(errors, body);
        if (errors.Any) return errors.ToProblem("Invalid change");
        await s.Store.UpdateAsync(id, new WorkshopChange(body.Title?.Trim(), body.Date, body.Status, body.Locked, body.VoteLimit), ct);
        participants.Forget(id); // the next participant request reads the new status, lock and dots
        var details = (await s.Store.DetailsAsync(id, withJoinCode: true, ct))!;
        await s.Events.WorkshopAsync(id, details);
        return TypedResults.Ok(details);
    }

    public static async Task<Results<Ok<WorkshopDetails>, ProblemHttpResult>> Categories(
        Guid id, List<CategoryRequest>? body, [AsParameters] WorkshopHandlerServices s, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (body is null) errors.Add("categories", Texts.CategoriesArrayRequired.Get());
        var categories = body is null ? null : WorkshopValidation.Categories(body, errors);
        if (errors.Any) return errors.ToProblem("Invalid categories");
        var inUse = await s.Store.ReplaceCategoriesAsync(id, categories!, ct);
        if (inUse.Count > 0)
        {
            return Problems.Status(409, "Categories in use", Texts.CategoriesInUse.Format(string.Join(", ", inUse)),
                new Dictionary<string, object?> { ["inUse"] = inUse });
        }
        var details = (await s.Store.DetailsAsync(id, withJoinCode: true, ct))!;
        await s.Events.WorkshopAsync(id, details);
        return TypedResults.Ok(details);
    }

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> Moderate(
        Guid id, long aid, ModerationRequest? body, [AsParameters] WorkshopHandlerServices s, CancellationToken ct)
    {
        var errors = new FieldErrors();
        WorkshopValidation.Moderation(errors, body);
        if (errors.Any) return errors.ToProblem("Invalid moderation");
        var owner = await s.Store.OwnerAsync(id, aid, ct);
        if (owner is null) return Problems.NotFound(Texts.NoItem.Format(aid));
        var blur = await s.Store.CategoryBlurAsync(id, body!.Category ?? owner.Category, ct);
        if (blur is null) { errors.Add("category", Texts.NoCategory.Format(body.Category)); return errors.ToProblem("Invalid moderation"); }
        await s.Store.UpdateItemAsync(new ItemChange(id, aid, null, null, body.Category, body.Status, null, blur.Value), ct);
        return await PublishAsync(s, id, aid, null, ct);
    }

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> Merge(
        Guid id, long aid, MergeRequest? body, [AsParameters] WorkshopHandlerServices s, CancellationToken ct)
    {
        if (ItemMerge.Refusal(aid, body?.Into) is string refusal) return WorkshopValidation.Invalid("into", refusal, "Invalid merge");
        var into = body!.Into!.Value;
        if (await s.Store.OwnerAsync(id, aid, ct) is null) return Problems.NotFound(Texts.NoItem.Format(aid));
        if (await s.Store.OwnerAsync(id, into, ct) is null) return Problems.NotFound(Texts.NoItem.Format(into));
        await s.Store.MergeAsync(id, aid, into, ct);
        await PublishAsync(s, id, aid, null, ct);
        return await PublishAsync(s, id, into, null, ct);
    }

    /// <summary>
    /// "Into planning" (<see cref="FacilityConversion"/>): a meeting place or resource becomes a facility or a candidate
    /// health spot (a facility flagged candidateSpot), through the facilities feature's own store, so access indicators
    /// refresh with it. Lines and areas are placed at a point on their surface.
    /// </summary>
    public static async Task<Results<Created<ConvertedToFacility>, ProblemHttpResult>> ToFacility(
        Guid id, long aid, FacilityRequest? body, FacilityStore facilities, FacilityTypes types, WorkshopStore store, CancellationToken ct)
    {
        if (!FacilityConversion.IsKind(body?.Kind)) return WorkshopValidation.Invalid("kind", Texts.KindRule.Get(), "Invalid conversion");
        var type = types.Find(body!.Type ?? "other");
        if (type is null) return WorkshopValidation.Invalid("type", Texts.UnknownFacilityType.Format(body.Type, types.Choices), "Invalid conversion");
        var item = await store.ItemPlaceAsync(id, aid, ct);
        if (item is null) return Problems.NotFound(Texts.NoItem.Format(aid));
        if (!FacilityConversion.CanConvert(item.Category))
        {
            return Problems.Status(422, "Not a place", "Only 'meeting_place' and 'resource' items can become facilities or candidate spots.");
        }
        var name = FacilityConversion.Name(body.Name, item.Text, aid);
        var facility = new Facility
        {
            Name = name,
            Type = type.Code,
            Geometry = item.Point,
            Setting = type.Setting,
            Notes = FacilityConversion.Notes(item.Text),
            Source = FacilityConversion.Source(id, aid),
            CandidateSpot = body.Kind == FacilityConversion.Candidate,
            State = Infrastructure.Publication.Draft,
        };
        var written = await facilities.InsertAsync(facility, ct);
        if (written.Outcome != WriteOutcome.Ok)
        {
            return written.Errors!.ToProblem("Could not become a facility", StatusCodes.Status422UnprocessableEntity);
        }
        return TypedResults.Created($"/api/facilities/{written.Id}", new ConvertedToFacility(written.Id, name, type.Code, facility.CandidateSpot));
    }

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> Qr(Guid id, HttpRequest request, [AsParameters] WorkshopHandlerServices s, CancellationToken ct)
    {
        var details = await s.Store.DetailsAsync(id, withJoinCode: true, ct);
        if (details is null) return Problems.NotFound("No such workshop.");
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(JoinUrl(BaseUrl(request, s.Settings), details.JoinCode!), QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(10);
        return TypedResults.Text(svg, "image/svg+xml", Encoding.UTF8);
    }

    /// <summary>Sends the item's current state to every screen and answers with it (<c>mine</c> for <paramref name="participant"/>).</summary>
    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> PublishAsync(
        WorkshopHandlerServices s, Guid id, long aid, long? participant, CancellationToken ct)
    {
        var one = await s.Store.FeatureAsync(id, aid, participant, ct);
        if (one is null) return Problems.NotFound(Texts.NoItem.Format(aid));
        await s.Events.AnnotationAsync(id, aid, one.Value.Status, one.Value.Feature);
        return GeoJsonText.Ok(one.Value.Feature);
    }

    private sealed record Focus(string Level, string[] Codes, byte[] Extent);

    /// <summary>The area level, focus codes and extent (EWKB, EPSG:25832) of the requested focus.</summary>
    private static async Task<(Focus? Focus, ProblemHttpResult? Problem)> FocusAsync(
        WorkshopHandlerServices s, FocusRequest focus, FieldErrors errors, CancellationToken ct)
    {
        if (focus.Polygon is not null)
        {
            var shape = GeometryInput.Check(focus.Polygon, s.Settings.MaxVertices, out var json);
            if (shape is null && focus.Polygon.Value.GetProperty("type").GetString() != "Polygon") shape = "The focus must be a Polygon.";
            if (shape is not null) return (null, Problems.Status(422, "Unusable focus polygon", shape));
            var drawn = await s.Store.DrawnExtentAsync(json, ct);
            if (drawn.Unreadable is not null) return (null, Problems.Status(422, "Unreadable focus polygon", Texts.GeometryUnreadable.Format(TechnicalReasons.Localise(drawn.Unreadable))));
            if (!drawn.Valid) return (null, Problems.Status(422, "Invalid focus polygon", Texts.GeometryReason.Format(TechnicalReasons.Localise(drawn.Reason!))));
            return (new Focus(AreaLevel.Parish.Name(), [], drawn.Ewkb!), null);
        }
        var (level, field, raw) = focus.Parishes is not null
            ? (AreaLevel.Parish, "focus.parishes", focus.Parishes)
            : (AreaLevel.HousingDepartment, "focus.housingDepartments", focus.HousingDepartments!);
        var wanted = WorkshopValidation.FocusCodes(errors, field, raw, level);
        if (wanted is null) return (null, null);
        var extent = await s.Store.FocusExtentAsync(level.Name(), wanted, ct);
        foreach (var missing in wanted.Except(extent.Found)) errors.Add(field, Texts.NotLoaded.Format(level.Name(), missing));
        if (errors.Any) return (null, null);
        return (new Focus(level.Name(), extent.Found, extent.Ewkb!), null);
    }

    /// <summary>
    /// Links for QR codes and facilitator screens come from configuration only, never from the request's Host header
    /// (issue 18): <c>Kortlaegning:PublicBaseUrl</c>, else <c>Workshops:PublicBaseUrl</c>, else the first address the
    /// server listens on, else http://localhost.
    /// </summary>
    internal static string BaseUrl(HttpRequest request, WorkshopOptions o) =>
        PublicBaseUrl.Of(request.HttpContext.RequestServices, o.PublicBaseUrl);

    internal static string JoinUrl(string baseUrl, string code) => $"{baseUrl}/workshop/?code={code}";
}
