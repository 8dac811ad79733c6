using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Api.Infrastructure.Localisation;
using Kortlaegning.Api.Infrastructure.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kortlaegning.Api.Followup;

/// <summary>/api/projects/{id}/targets, and applying one of the five applications' presets.</summary>
public static class TargetEndpoints
{
    private const int Unprocessable = StatusCodes.Status422UnprocessableEntity;

    public static void Map(RouteGroupBuilder g)
    {
        g.MapGet("/{id:int}/targets", List).WithSummary("Targets of a project");
        g.MapPost("/{id:int}/targets", Create).RequireAuthorization(Policies.Planner).WithSummary("Add a target: metric, year (or from/to), value, optionally place or track");
        g.MapPost("/{id:int}/targets/from-preset", FromPreset).RequireAuthorization(Policies.Planner).WithSummary("Add the targets of one application's preset");
        g.MapPut("/{id:int}/targets/{targetId:int}", Update).RequireAuthorization(Policies.Planner).WithSummary("Replace a target (If-Match)");
        g.MapDelete("/{id:int}/targets/{targetId:int}", Delete).RequireAuthorization(Policies.Planner).WithSummary("Delete a target (If-Match)");
    }

    private static async Task<Results<Ok<List<TargetDto>>, ProblemHttpResult>> List(int id, FollowupStore store, CancellationToken ct)
    {
        if (await store.ProjectAsync(id, ct) is null) return Problems.NotFound(Texts.NoProject.Format(id));
        return TypedResults.Ok((await store.TargetsAsync(id, ct)).Select(FollowupMapping.Dto).ToList());
    }

    private static TargetEntity? Check(TargetBody? body, ProjectEntity p, FieldErrors errors, string prefix = "")
    {
        var t = FollowupValidation.Target(body, p, errors, prefix);
        if (t?.Place is { } place && !FollowupValidation.FocusKeys(FollowupMapping.Focus(p)).Contains(place))
        {
            errors.Add(FieldErrors.Prefixed(prefix, "place"), Texts.UnknownTargetPlace.Format(place));
            return null;
        }
        return t;
    }

    private static async Task<Results<Created<TargetDto>, ProblemHttpResult>> Create(int id, TargetBody? body, FollowupStore store, HttpResponse response, CancellationToken ct)
    {
        if (await store.ProjectAsync(id, ct) is not { } p) return Problems.NotFound(Texts.NoProject.Format(id));
        var errors = new FieldErrors();
        var t = Check(body, p, errors);
        if (errors.Any || t is null) return errors.ToProblem("The target was not stored", Unprocessable);
        var saved = await store.InsertAsync(t, ct);
        response.Headers.ETag = Preconditions.ETag(saved.Version);
        return TypedResults.Created($"/api/projects/{id}/targets/{saved.Id}", FollowupMapping.Dto(saved));
    }

    private static async Task<Results<Ok<List<TargetDto>>, ProblemHttpResult>> FromPreset(int id, ApplyPresetBody? body, TargetPresets presets, FollowupStore store, CancellationToken ct)
    {
        if (await store.ProjectAsync(id, ct) is not { } p) return Problems.NotFound(Texts.NoProject.Format(id));
        var errors = new FieldErrors();
        var preset = presets.All.FirstOrDefault(x => string.Equals(x.Id, body?.Preset?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (preset is null)
        {
            errors.Add("preset", Texts.NotOneOf.Format(body?.Preset, string.Join(", ", presets.All.Select(x => x.Id))));
            return errors.ToProblem("No targets were added", Unprocessable);
        }
        var bodies = TargetPresets.For(preset, p);
        var rows = bodies.Select((b, i) => Check(b, p, errors, $"targets[{i}]")).ToList();
        if (errors.Any) return errors.ToProblem("No targets were added", Unprocessable);
        await store.InsertAllAsync(rows.Select(r => r!).ToList(), ct);
        return TypedResults.Ok(rows.Select(r => FollowupMapping.Dto(r!)).ToList());
    }

    private static async Task<Results<Ok<TargetDto>, ProblemHttpResult>> Update(int id, int targetId, TargetBody? body, FollowupStore store, HttpRequest request, HttpResponse response, CancellationToken ct)
    {
        if (!Preconditions.TryIfMatch(request, $"/api/projects/{id}/targets", out var expected, out var precondition)) return precondition!;
        if (await store.ProjectAsync(id, ct) is not { } p) return Problems.NotFound(Texts.NoProject.Format(id));
        if (await store.FindAsync<TargetEntity>(targetId, ct) is not { } existing || existing.ProjectId != id) return Problems.NotFound(Texts.NoTargetInProject.Format(id, targetId));
        var errors = new FieldErrors();
        var t = Check(body, p, errors);
        if (errors.Any || t is null) return errors.ToProblem("The target was not changed", Unprocessable);
        var (outcome, row, current) = await store.UpdateAsync<TargetEntity>(targetId, expected, x =>
        {
            (x.Metric, x.Year, x.PeriodFrom, x.PeriodTo, x.Value, x.Place, x.Track, x.Source) = (t.Metric, t.Year, t.PeriodFrom, t.PeriodTo, t.Value, t.Place, t.Track, t.Source);
        }, ct);
        return FollowupEndpoints.Answer(outcome, "target", targetId, current, () =>
        {
            response.Headers.ETag = Preconditions.ETag(row!.Version);
            return TypedResults.Ok(FollowupMapping.Dto(row));
        });
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(int id, int targetId, FollowupStore store, HttpRequest request, CancellationToken ct)
    {
        if (!Preconditions.TryIfMatch(request, $"/api/projects/{id}/targets", out var expected, out var precondition)) return precondition!;
        if (await store.FindAsync<TargetEntity>(targetId, ct) is not { } existing || existing.ProjectId != id) return Problems.NotFound(Texts.NoTargetInProject.Format(id, targetId));
        var (outcome, current) = await store.DeleteAsync<TargetEntity>(targetId, expected, ct);
        return FollowupEndpoints.Answer(outcome, "target", targetId, current, TypedResults.NoContent);
    }
}
