using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Api.Infrastructure.Localisation;
using Kortlaegning.Api.Infrastructure.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Kortlaegning.Api.Followup;

/// <summary>
/// /api/projects: projects, their activities, registrations (counts only) and targets; progress and the status report
/// are in <see cref="ProgressEndpoints"/>. Writes need the planner policy; GET answers ETag "v{n}" and PUT/DELETE need
/// If-Match (428 without, 412 when stale). Bad content is 422 naming the field.
/// </summary>
public static class FollowupEndpoints
{
    private const int Unprocessable = StatusCodes.Status422UnprocessableEntity;

    public static void MapFollowup(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/projects").WithTags("Follow-up");
        g.MapGet("", List).WithSummary("Projects, optionally of one municipality");
        g.MapPost("", Create).RequireAuthorization(Policies.Planner).WithSummary("Create a follow-up project");
        g.MapGet("/target-presets", (TargetPresets presets) => TypedResults.Ok(presets.All)).WithSummary("The five applications' targets, each naming its seed");
        g.MapGet("/{id:int}", Get).WithSummary("One project (ETag)");
        g.MapPut("/{id:int}", Update).RequireAuthorization(Policies.Planner).WithSummary("Replace a project (If-Match)");
        g.MapPut("/{id:int}/state", SetState).RequireAuthorization(Policies.Planner)
            .WithSummary("Publish a project (`{\"state\":\"published\"}`) or take it back to draft (If-Match). Drafts are read only by planners of its municipality.");
        g.MapDelete("/{id:int}", Delete).RequireAuthorization(Policies.Planner).WithSummary("Delete a project with its activities, counts and targets (If-Match)");
        ActivityEndpoints.Map(g);
        TargetEndpoints.Map(g);
        ProgressEndpoints.Map(g);
    }

    public sealed record ListQuery(string? Municipality);

    private static async Task<Results<Ok<List<ProjectDto>>, ProblemHttpResult>> List([AsParameters] ListQuery q, FollowupStore store, CancellationToken ct)
    {
        if (q.Municipality is not null && !FollowupValidation.IsMunicipality(q.Municipality)) return Problems.BadParameter("municipality", Texts.KommunekodeRule.Get());
        return TypedResults.Ok((await store.ProjectsAsync(q.Municipality, ct)).Select(FollowupMapping.Dto).ToList());
    }

    private static async Task<Results<Created<ProjectDto>, ProblemHttpResult>> Create(ProjectBody? body, FollowupStore store, HttpResponse response, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var (entity, keys) = FollowupValidation.Project(body, errors);
        await CheckFocusAsync(store, keys, errors, ct);
        if (errors.Any || entity is null) return errors.ToProblem("The project was not created", Unprocessable);
        var saved = await store.InsertAsync(entity, ct);
        response.Headers.ETag = Preconditions.ETag(saved.Version);
        return TypedResults.Created($"/api/projects/{saved.Id}", FollowupMapping.Dto(saved));
    }

    internal static async Task CheckFocusAsync(FollowupStore store, IReadOnlyList<(string Field, string Key)> keys, FieldErrors errors, CancellationToken ct)
    {
        if (keys.Count == 0) return;
        var known = await store.KnownAreasAsync(keys.Select(k => k.Key).ToList(), ct);
        foreach (var (field, key) in keys)
        {
            if (!known.ContainsKey(key)) errors.Add(field, Texts.UnknownPlaceLoad.Format(key));
        }
    }

    private static async Task<Results<Ok<ProjectDto>, ProblemHttpResult>> Get(int id, FollowupStore store, HttpResponse response, CancellationToken ct)
    {
        if (await store.ProjectAsync(id, ct) is not { } p) return Problems.NotFound(Texts.NoProject.Format(id));
        response.Headers.ETag = Preconditions.ETag(p.Version);
        return TypedResults.Ok(FollowupMapping.Dto(p));
    }

    private static async Task<Results<Ok<ProjectDto>, ProblemHttpResult>> Update(int id, ProjectBody? body, FollowupStore store, HttpRequest request, HttpResponse response, CancellationToken ct)
    {
        if (!Preconditions.TryIfMatch(request, $"/api/projects/{id}", out var expected, out var problem)) return problem!;
        var errors = new FieldErrors();
        var (entity, keys) = FollowupValidation.Project(body, errors);
        await CheckFocusAsync(store, keys, errors, ct);
        if (errors.Any || entity is null) return errors.ToProblem("The project was not changed", Unprocessable);
        var (outcome, row, current) = await store.UpdateAsync<ProjectEntity>(id, expected, p =>
        {
            (p.Title, p.Municipality, p.Start, p.End, p.Focus, p.Partners) = (entity.Title, entity.Municipality, entity.Start, entity.End, entity.Focus, entity.Partners);
        }, ct);
        return Answer(outcome, "project", id, current, () =>
        {
            response.Headers.ETag = Preconditions.ETag(row!.Version);
            return TypedResults.Ok(FollowupMapping.Dto(row));
        });
    }

    private static async Task<Results<Ok<ProjectDto>, ProblemHttpResult>> SetState(int id, StateBody? body, FollowupStore store, HttpRequest request, HttpResponse response, CancellationToken ct)
    {
        if (!Preconditions.TryIfMatch(request, $"/api/projects/{id}", out var expected, out var problem)) return problem!;
        var errors = new FieldErrors();
        if (Publication.Read(body, errors) is not { } state) return errors.ToProblem("The state was not changed");
        var (outcome, row, current) = await store.UpdateAsync<ProjectEntity>(id, expected, p => p.State = state, ct, state == Publication.Published ? "publish" : "unpublish");
        return Answer(outcome, "project", id, current, () =>
        {
            response.Headers.ETag = Preconditions.ETag(row!.Version);
            return TypedResults.Ok(FollowupMapping.Dto(row));
        });
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(int id, FollowupStore store, HttpRequest request, CancellationToken ct)
    {
        if (!Preconditions.TryIfMatch(request, $"/api/projects/{id}", out var expected, out var problem)) return problem!;
        var (outcome, current) = await store.DeleteAsync<ProjectEntity>(id, expected, ct);
        return Answer(outcome, "project", id, current, TypedResults.NoContent);
    }

    /// <summary>404 / 412 / the success answer of an edit.</summary>
    internal static Results<T, ProblemHttpResult> Answer<T>(StoreOutcome outcome, string resource, long id, int current, Func<T> ok) where T : IResult => outcome switch
    {
        StoreOutcome.NotFound => Problems.NotFound(Texts.NoResource.Format(Texts.ResourceName(resource), id)),
        StoreOutcome.Stale => Preconditions.Stale(resource, (int)id, current),
        _ => ok(),
    };
}
