using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Api.Infrastructure.Localisation;
using Kortlaegning.Api.Infrastructure.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kortlaegning.Api.Indicators;

/// <summary>
/// A municipality's own indicator definitions (docs/indicators.md): POST creates one (planner of its municipality),
/// PUT replaces and DELETE removes it under If-Match with the ETag of GET /api/indicators/{code}. National
/// definitions (data/indicators.json, access.*) are read-only: 403. New definitions are drafts (only the owner's planners
/// see them and their values) until PUT …/state publishes them.
/// </summary>
public static class OwnIndicatorEndpoints
{
    private const string OnePath = "/api/indicators/{code}";

    public static void MapOwnIndicators(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/indicators").WithTags("Indicators").RequireAuthorization(Policies.Planner);
        group.MapPost("/", Create).WithName("CreateIndicator")
            .WithSummary("Define an own indicator: the shape GET /api/indicators returns, with municipality (the owner). Reserved namespaces sp., dst., grid., access., app., workshop. → 422.")
            .ProducesProblem(403).ProducesProblem(409).ProducesProblem(422);
        group.MapPut("/{code}", Replace).WithName("ReplaceIndicator")
            .WithSummary("Replace an own indicator's definition (code and municipality stay). If-Match with the ETag from GET is required: 428 without, 412 when stale.");
        group.MapPut("/{code}/state", SetState).WithName("SetIndicatorState")
            .WithSummary("Publish an own indicator (draft → published: its definition and values become visible to everyone, through disclosure control) or take it back to draft. If-Match is required.")
            .ProducesProblem(403).ProducesProblem(404).ProducesProblem(412).ProducesProblem(422).ProducesProblem(428);
        group.MapDelete("/{code}", Delete).WithName("DeleteIndicator")
            .WithSummary("Delete an own indicator and all its values. If-Match is required: 428 without, 412 when stale.");
    }

    internal static async Task<Results<Created<IndicatorInfo>, ProblemHttpResult>> Create(
        OwnIndicatorBody body, HttpResponse response, OwnIndicatorStore store, IndicatorCatalogue catalogue, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (OwnIndicatorRules.Validate(body, errors) is not { } d) return Invalid(errors);
        var result = await store.CreateAsync(d, ct);
        if (Refused(result, d.Code) is { } problem) return problem;
        response.Headers.ETag = Preconditions.ETag(result.Version);
        return TypedResults.Created($"/api/indicators/{d.Code}", await catalogue.FindAsync(d.Code, ct));
    }

    internal static async Task<Results<Ok<IndicatorInfo>, ProblemHttpResult>> Replace(
        string code, OwnIndicatorBody body, HttpContext http, OwnIndicatorStore store, IndicatorCatalogue catalogue, CancellationToken ct)
    {
        if (!Preconditions.TryIfMatch(http.Request, OnePath, out var expected, out var precondition)) return precondition!;
        // A national definition is refused as such, before its (reserved) code would be refused as a body problem.
        if (await catalogue.FindAsync(code, ct) is { Municipality: null }) return Refused(new DefinitionResult(DefinitionOutcome.National), code)!;
        var errors = new FieldErrors();
        if (body.Code is not null && body.Code.Trim() != code) errors.Add("code", Texts.CodeCannotChange.Format(body.Code, code));
        var d = OwnIndicatorRules.Validate(body with { Code = code }, errors);
        if (errors.Any || d is null) return Invalid(errors);
        var result = await store.UpdateAsync(code, expected, d, ct);
        if (Refused(result, code) is { } problem) return problem;
        http.Response.Headers.ETag = Preconditions.ETag(result.Version);
        return TypedResults.Ok((await catalogue.FindAsync(code, ct))!);
    }

    internal static async Task<Results<Ok<IndicatorInfo>, ProblemHttpResult>> SetState(
        string code, StateBody? body, HttpContext http, OwnIndicatorStore store, IndicatorCatalogue catalogue, CancellationToken ct)
    {
        if (!Preconditions.TryIfMatch(http.Request, OnePath, out var expected, out var precondition)) return precondition!;
        var errors = new FieldErrors();
        if (Publication.Read(body, errors) is not { } state) return errors.ToProblem("The state was not changed");
        var result = await store.SetStateAsync(code, expected, state, ct);
        if (Refused(result, code) is { } problem) return problem;
        http.Response.Headers.ETag = Preconditions.ETag(result.Version);
        return TypedResults.Ok((await catalogue.FindAsync(code, ct))!);
    }

    internal static async Task<Results<NoContent, ProblemHttpResult>> Delete(string code, HttpRequest request, OwnIndicatorStore store, CancellationToken ct)
    {
        if (!Preconditions.TryIfMatch(request, OnePath, out var expected, out var precondition)) return precondition!;
        var result = await store.DeleteAsync(code, expected, ct);
        return Refused(result, code) is { } problem ? problem : TypedResults.NoContent();
    }

    private static ProblemHttpResult Invalid(FieldErrors errors) => errors.ToProblem("Invalid indicator definition", StatusCodes.Status422UnprocessableEntity);

    private static ProblemHttpResult Invalid(string field, string message)
    {
        var errors = new FieldErrors();
        errors.Add(field, message);
        return Invalid(errors);
    }

    private static ProblemHttpResult? Refused(DefinitionResult result, string code) => result.Outcome switch
    {
        DefinitionOutcome.NotFound => Problems.NotFound(Texts.NoIndicatorListed.Format(code)),
        DefinitionOutcome.National => Problems.Status(StatusCodes.Status403Forbidden, "National definition",
            Texts.NationalReadOnly.Format(code)),
        DefinitionOutcome.Stale => Problems.Status(StatusCodes.Status412PreconditionFailed, "The indicator has changed",
            Texts.IndicatorStale.Format(code, result.Version),
            new Dictionary<string, object?> { ["currentETag"] = Preconditions.ETag(result.Version) }),
        DefinitionOutcome.Taken => Problems.Status(StatusCodes.Status409Conflict, "Code taken",
            Texts.IndicatorCodeTaken.Format(code)),
        DefinitionOutcome.UnknownMunicipality => Invalid("municipality", Texts.NoMunicipalityLoaded.Get()),
        DefinitionOutcome.OwnerChanged => Invalid("municipality", Texts.OwnerCannotChange.Format(code, result.Owner)),
        _ => null,
    };
}
