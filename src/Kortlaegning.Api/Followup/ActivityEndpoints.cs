using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Api.Infrastructure.Localisation;
using Kortlaegning.Api.Infrastructure.Security;
using Kortlaegning.Api.Infrastructure.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kortlaegning.Api.Followup;

/// <summary>/api/projects/{id}/activities and their registrations (counts only; JSON or Danish Excel CSV, all-or-nothing).</summary>
public static class ActivityEndpoints
{
    private const int Unprocessable = StatusCodes.Status422UnprocessableEntity;

    public static void Map(RouteGroupBuilder g)
    {
        g.MapGet("/{id:int}/activities", List).WithSummary("Activities of a project, with their place and focus place");
        g.MapPost("/{id:int}/activities", Create).RequireAuthorization(Policies.Planner).WithSummary("Add an activity at a facility, a department or a point");
        g.MapPost("/{id:int}/activities/from-scenario", FromScenario).RequireAuthorization(Policies.Planner)
            .WithSummary("A site of a planning scenario becomes the place of a new health-spot activity");
        g.MapGet("/{id:int}/activities/{activityId:int}", Get).WithSummary("One activity (ETag)");
        g.MapPut("/{id:int}/activities/{activityId:int}", Update).RequireAuthorization(Policies.Planner).WithSummary("Replace an activity (If-Match)");
        g.MapDelete("/{id:int}/activities/{activityId:int}", Delete).RequireAuthorization(Policies.Planner).WithSummary("Delete an activity and its counts (If-Match)");
        g.MapGet("/{id:int}/activities/{activityId:int}/registrations", Registrations).WithSummary("Registrations of an activity (counts withheld unless raw counts are allowed)");
        g.MapPost("/{id:int}/activities/{activityId:int}/registrations", Register).RequireAuthorization(Policies.Planner).RequireRateLimiting(RateLimitPolicies.Imports)
            .Accepts<RegistrationBody>("application/json", "text/csv")
            .WithSummary("Register counts (JSON), or import a CSV of them (text/csv; all rows or none)");
        g.MapDelete("/{id:int}/activities/{activityId:int}/registrations/{registrationId:long}", DeleteRegistration).RequireAuthorization(Policies.Planner)
            .WithSummary("Delete a registration (If-Match)");
    }

    private static async Task<Results<Ok<List<ActivityDto>>, ProblemHttpResult>> List(int id, FollowupStore store, CancellationToken ct)
    {
        if (await store.ProjectAsync(id, ct) is not { } p) return Problems.NotFound(Texts.NoProject.Format(id));
        var focus = FollowupValidation.FocusKeys(FollowupMapping.Focus(p));
        var places = await store.ActivityPlacesAsync(id, focus, ct);
        var list = await store.ActivitiesAsync(id, ct);
        return TypedResults.Ok(list.Select(a => FollowupMapping.Dto(a, places[a.Id])).ToList());
    }

    private static async Task<ActivityDto> DtoAsync(FollowupStore store, ProjectEntity p, ActivityEntity a, CancellationToken ct)
    {
        var places = await store.ActivityPlacesAsync(p.Id, FollowupValidation.FocusKeys(FollowupMapping.Focus(p)), ct);
        return FollowupMapping.Dto(a, places[a.Id]);
    }

    /// <summary>Validates the body and resolves the place; returns the entity ready to store, or the 422.</summary>
    private static async Task<(ActivityEntity? Entity, ProblemHttpResult? Problem)> CheckAsync(ActivityBody? body, ProjectEntity p, FollowupStore store, string title, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var entity = FollowupValidation.Activity(body, p, errors);
        if (entity is not null && await store.ResolvePlaceAsync(body!.Place!, ct) is var (point, parish))
        {
            entity.Geometry = point;
            entity.ParishCode = parish;
        }
        else if (entity is not null)
        {
            errors.Add(entity.PlaceType == "facility" ? "place.facilityId" : "place.code", (entity.PlaceType == "facility" ? Texts.UnknownFacilityPlace : Texts.UnknownDepartmentPlace).Format((object?)entity.FacilityId ?? entity.PlaceCode));
        }
        return errors.Any || entity is null ? (null, errors.ToProblem(title, Unprocessable)) : (entity, null);
    }

    private static async Task<Results<Created<ActivityDto>, ProblemHttpResult>> Create(int id, ActivityBody? body, FollowupStore store, HttpResponse response, CancellationToken ct)
    {
        if (await store.ProjectAsync(id, ct) is not { } p) return Problems.NotFound(Texts.NoProject.Format(id));
        var (entity, problem) = await CheckAsync(body, p, store, "The activity was not created", ct);
        if (problem is not null) return problem;
        entity!.CreatedAt = entity.UpdatedAt = DateTimeOffset.UtcNow;
        var saved = await store.InsertAsync(entity, ct);
        response.Headers.ETag = Preconditions.ETag(saved.Version);
        return TypedResults.Created($"/api/projects/{id}/activities/{saved.Id}", await DtoAsync(store, p, saved, ct));
    }

    private static async Task<Results<Created<ActivityDto>, ProblemHttpResult>> FromScenario(int id, FromScenarioBody? body, FollowupStore store, HttpResponse response, CancellationToken ct)
    {
        if (await store.ProjectAsync(id, ct) is not { } p) return Problems.NotFound(Texts.NoProject.Format(id));
        var errors = new FieldErrors();
        if (body?.ScenarioId is null) errors.Add("scenarioId", Texts.ScenarioIdRequired.Get());
        errors.Text("siteId", body?.SiteId, 80, required: true);
        if (errors.Any) return errors.ToProblem("The activity was not created", Unprocessable);
        var site = await store.ScenarioSiteAsync(body!.ScenarioId!.Value, body.SiteId!, ct);
        if (site is null) errors.Add("scenarioId", Texts.NoPlanningScenario.Format(body.ScenarioId));
        else if (double.IsNaN(site.Value.Lon)) errors.Add("siteId", Texts.ScenarioNoSite.Format(body.ScenarioId, body.SiteId));
        else if (site.Value.Municipality != p.Municipality) errors.Add("scenarioId", Texts.ScenarioOtherMunicipality.Format(body.ScenarioId, site.Value.Municipality, p.Municipality));
        if (errors.Any) return errors.ToProblem("The activity was not created", Unprocessable);
        var s = site!.Value;
        var activity = new ActivityBody(body.Title ?? s.Name ?? $"Sundhedspunkt {body.SiteId}", body.Kind ?? "health_spot",
            new PlaceBody("point", null, null, s.Lon, s.Lat), body.Start ?? $"{p.Start:yyyy-MM-dd}", body.End, null, null, null, "planned", true, body.Track);
        return await Create(id, activity, store, response, ct);
    }

    private static async Task<(ProjectEntity?, ActivityEntity?, ProblemHttpResult?)> LoadAsync(int id, int activityId, FollowupStore store, CancellationToken ct)
    {
        if (await store.ProjectAsync(id, ct) is not { } p) return (null, null, Problems.NotFound(Texts.NoProject.Format(id)));
        if (await store.FindAsync<ActivityEntity>(activityId, ct) is not { } a || a.ProjectId != id) return (p, null, Problems.NotFound(Texts.NoActivityInProject.Format(id, activityId)));
        return (p, a, null);
    }

    private static async Task<Results<Ok<ActivityDto>, ProblemHttpResult>> Get(int id, int activityId, FollowupStore store, HttpResponse response, CancellationToken ct)
    {
        var (p, a, problem) = await LoadAsync(id, activityId, store, ct);
        if (problem is not null) return problem;
        response.Headers.ETag = Preconditions.ETag(a!.Version);
        return TypedResults.Ok(await DtoAsync(store, p!, a, ct));
    }

    private static async Task<Results<Ok<ActivityDto>, ProblemHttpResult>> Update(int id, int activityId, ActivityBody? body, FollowupStore store, HttpRequest request, HttpResponse response, CancellationToken ct)
    {
        if (!Preconditions.TryIfMatch(request, $"/api/projects/{id}/activities/{activityId}", out var expected, out var precondition)) return precondition!;
        var (p, _, problem) = await LoadAsync(id, activityId, store, ct);
        if (problem is not null) return problem;
        var (entity, invalid) = await CheckAsync(body, p!, store, "The activity was not changed", ct);
        if (invalid is not null) return invalid;
        var (outcome, row, current) = await store.UpdateAsync<ActivityEntity>(activityId, expected, a =>
        {
            (a.Title, a.Kind, a.PlaceType, a.FacilityId, a.PlaceCode, a.Geometry, a.ParishCode) = (entity!.Title, entity.Kind, entity.PlaceType, entity.FacilityId, entity.PlaceCode, entity.Geometry, entity.ParishCode);
            (a.Start, a.End, a.Recurrence, a.Organiser, a.TargetGroup, a.Status, a.IsNew, a.Track) = (entity.Start, entity.End, entity.Recurrence, entity.Organiser, entity.TargetGroup, entity.Status, entity.IsNew, entity.Track);
        }, ct);
        if (outcome != StoreOutcome.Ok) return FollowupEndpoints.Answer<Ok<ActivityDto>>(outcome, "activity", activityId, current, () => null!);
        response.Headers.ETag = Preconditions.ETag(row!.Version);
        return TypedResults.Ok(await DtoAsync(store, p!, row, ct));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(int id, int activityId, FollowupStore store, HttpRequest request, CancellationToken ct)
    {
        if (!Preconditions.TryIfMatch(request, $"/api/projects/{id}/activities/{activityId}", out var expected, out var precondition)) return precondition!;
        var (_, _, problem) = await LoadAsync(id, activityId, store, ct);
        if (problem is not null) return problem;
        var (outcome, current) = await store.DeleteAsync<ActivityEntity>(activityId, expected, ct);
        return FollowupEndpoints.Answer(outcome, "activity", activityId, current, TypedResults.NoContent);
    }

    private static async Task<Results<Ok<List<RegistrationDto>>, ProblemHttpResult>> Registrations(int id, int activityId, FollowupStore store, HttpContext http, CancellationToken ct)
    {
        var (p, _, problem) = await LoadAsync(id, activityId, store, ct);
        if (problem is not null) return problem;
        bool rawCounts = Audience.RawCounts(http, p!.Municipality);
        return TypedResults.Ok((await store.RegistrationsAsync(activityId, ct)).Select(r => FollowupMapping.Dto(r, rawCounts)).ToList());
    }

    private static async Task<Results<Created<RegistrationDto>, Ok<ImportResult>, ProblemHttpResult>> Register(int id, int activityId, FollowupStore store, HttpRequest request, HttpResponse response, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var (p, a, problem) = await LoadAsync(id, activityId, store, ct);
        if (p is null) return problem!;
        if (a is null)
        {
            // The project exists but the activity does not: the request names an unknown activity (422, not 404).
            errors.Add("activityId", Texts.NoActivityInProject.Format(id, activityId));
            return errors.ToProblem("The registration was not stored", Unprocessable);
        }
        var mediaType = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (mediaType is "text/csv" or "application/csv" or "text/plain")
        {
            using var reader = new StreamReader(request.Body, System.Text.Encoding.UTF8);
            var rows = RegistrationCsv.Read(await reader.ReadToEndAsync(ct), errors);
            var entities = new List<RegistrationEntity>();
            foreach (var (line, body) in rows)
            {
                if (FollowupValidation.Registration(body, a!, errors, FieldErrors.RowField(line, "")[..^1]) is { } e) entities.Add(e);
            }
            if (!errors.Any && entities.Count == 0) errors.Add("file", Texts.FileNoRows.Get());
            if (errors.Any) return errors.ToProblem("Nothing was imported", Unprocessable);
            foreach (var e in entities) e.CreatedAt = DateTimeOffset.UtcNow;
            return TypedResults.Ok(new ImportResult(await store.InsertAllAsync(entities, ct)));
        }
        RegistrationBody? json;
        try
        {
            json = await request.ReadFromJsonAsync<RegistrationBody>(FollowupValidation.Json, ct);
        }
        catch (System.Text.Json.JsonException ex)
        {
            errors.Add("", Texts.NotARegistration.Format(TechnicalReasons.Localise(ex.Message)));
            return errors.ToProblem("The registration was not stored", StatusCodes.Status400BadRequest);
        }
        var entity = FollowupValidation.Registration(json, a!, errors);
        if (errors.Any || entity is null) return errors.ToProblem("The registration was not stored", Unprocessable);
        entity.CreatedAt = DateTimeOffset.UtcNow;
        var saved = await store.InsertAsync(entity, ct);
        response.Headers.ETag = Preconditions.ETag(saved.Version);
        return TypedResults.Created($"/api/projects/{id}/activities/{activityId}/registrations/{saved.Id}", FollowupMapping.Dto(saved, Audience.RawCounts(request.HttpContext, p!.Municipality)));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteRegistration(int id, int activityId, long registrationId, FollowupStore store, HttpRequest request, CancellationToken ct)
    {
        if (!Preconditions.TryIfMatch(request, $"/api/projects/{id}/activities/{activityId}/registrations", out var expected, out var precondition)) return precondition!;
        if (await store.FindAsync<RegistrationEntity>(registrationId, ct) is not { } r || r.ActivityId != activityId || r.ProjectId != id)
            return Problems.NotFound(Texts.NoRegistration.Format(activityId, registrationId));
        var (outcome, current) = await store.DeleteAsync<RegistrationEntity>(registrationId, expected, ct);
        return FollowupEndpoints.Answer(outcome, "registration", registrationId, current, TypedResults.NoContent);
    }
}
