using System.Text;
using System.Text.Json;
using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Api.Infrastructure.Localisation;
using Kortlaegning.Api.Infrastructure.Validation;
using Kortlaegning.Domain.Boundaries;
using Kortlaegning.Domain.OwnAreas;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kortlaegning.Api.Areas;

/// <summary>
/// Edits of one own area (housing department, local community, custom) under optimistic concurrency, as facilities:
/// GET answers an ETag (<c>"v3"</c>); PUT (a GeoJSON Feature: geometry, name, municipality and the facts as properties)
/// and DELETE require If-Match (428 without, 412 when stale; <c>*</c> on PUT also creates). Official (DAGI) levels are
/// read-only here: 405. New own areas are drafts (only the owner's planners see them) until PUT …/state publishes them.
/// </summary>
public static class OwnAreaEndpoints
{
    private const string OnePath = "/api/areas/{level}/{code}";

    public static void MapOwnAreas(this RouteGroupBuilder group)
    {
        group.MapPut("/{level}/{code}", Replace).WithName("ReplaceOwnArea")
            .WithSummary("Create or replace one own area (GeoJSON Feature; properties name, municipality, organisation, departmentNumber, homes, residents, residentsYear, board, commonRoom, address, source, illustrative). If-Match required.")
            .Accepts<JsonElement>("application/geo+json", "application/json")
            .RequireAuthorization(Policies.Planner);
        group.MapPut("/{level}/{code}/state", SetState).WithName("SetOwnAreaState")
            .WithSummary("Publish an own area (draft → published: lists, tiles, OGC, rankings show it to everyone) or take it back to draft. If-Match required.")
            .RequireAuthorization(Policies.Planner).ProducesProblem(403).ProducesProblem(404).ProducesProblem(405).ProducesProblem(412).ProducesProblem(422).ProducesProblem(428);
        group.MapUnionAreas();
        group.MapDelete("/{level}/{code}", Delete).WithName("DeleteOwnArea")
            .WithSummary("Delete one own area. If-Match required: 428 without, 412 when stale.")
            .RequireAuthorization(Policies.Planner);
    }

    internal static async Task<Results<ContentHttpResult, ProblemHttpResult>> Replace(
        string level, string code, HttpContext http, AreaStore store, Catalog.DataCatalog catalog, CancellationToken ct)
    {
        var (lvl, normalised, problem) = Target(level, code);
        if (problem is not null) return problem;
        if (!Preconditions.TryIfMatch(http.Request, OnePath, out var expected, out var precondition)) return precondition!;
        if (await UploadBody.ReadAsync(http.Request, AreaImportParameters.MaxBytes, ct) is not { } body) return UploadBody.TooLarge(AreaImportParameters.MaxBytes);
        BoundaryLayer layer;
        using (body)
        {
            try
            {
                layer = BoundaryReader.Read(AsCollection(body, normalised), BoundaryFormat.GeoJson);
            }
            catch (BoundaryFormatException e)
            {
                return Problems.Validation(new Dictionary<string, string[]> { [AreaImportParameters.BodyField] = [DomainMessages.Localise(e.Message)] }, "Unreadable area",
                    e is BoundaryCrsException ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status400BadRequest);
            }
        }
        var mapping = AttributeMapping.Build(layer.Fields, null, CodeProperty, "name", []);
        var prepared = OwnAreaPreparer.Prepare(layer, lvl, CodeProperty, "name", mapping, dissolve: false);
        if (prepared.Problems.Count > 0) return Invalid(prepared.Problems);
        var options = new OwnAreaWriteOptions(lvl, "drawn", null, false, OwnAreaFields.Municipality, ReplaceOne: true, ExpectedVersion: expected);
        var result = await store.WriteOwnAsync(prepared.Areas, options, ct);
        if (result.NotFound) return Problems.NotFound(Texts.NoAreaCreate.Format(Texts.LevelName(lvl), normalised));
        if (result.CurrentVersion is { } current) return Preconditions.Stale("area", $"{lvl.Name()}:{normalised}", current);
        if (result.Problems.Count > 0) return Invalid(result.Problems);
        if (result.Areas.Single().Version is { } v) http.Response.Headers.ETag = Preconditions.ETag(v);
        if (result.Inserted > 0) http.Response.StatusCode = StatusCodes.Status201Created;
        return (await AreasEndpoints.OneAsync(lvl.Name(), normalised, null, AreaGeoJson.ApiId, store, catalog, ct)).Result as ContentHttpResult
            ?? throw new InvalidOperationException($"Area {lvl.Name()}:{normalised} vanished after its write.");
    }

    internal static async Task<Results<NoContent, ProblemHttpResult>> Delete(string level, string code, HttpRequest request, AreaStore store, CancellationToken ct)
    {
        var (lvl, normalised, problem) = Target(level, code);
        if (problem is not null) return problem;
        if (!Preconditions.TryIfMatch(request, OnePath, out var expected, out var precondition)) return precondition!;
        var result = await store.DeleteOwnAsync(lvl, normalised, expected, ct);
        if (result.NotFound) return Problems.NotFound(Texts.NoAreaWithCode.Format(Texts.LevelName(lvl), normalised));
        if (result.CurrentVersion is { } current) return Preconditions.Stale("area", $"{lvl.Name()}:{normalised}", current);
        return TypedResults.NoContent();
    }

    internal static async Task<Results<ContentHttpResult, ProblemHttpResult>> SetState(
        string level, string code, StateBody? body, HttpContext http, AreaStore store, Catalog.DataCatalog catalog, CancellationToken ct)
    {
        var (lvl, normalised, problem) = Target(level, code);
        if (problem is not null) return problem;
        if (!Preconditions.TryIfMatch(http.Request, OnePath, out var expected, out var precondition)) return precondition!;
        var errors = new FieldErrors();
        if (Publication.Read(body, errors) is not { } state) return errors.ToProblem("The state was not changed");
        var result = await store.SetOwnStateAsync(lvl, normalised, expected, state, ct);
        if (result.NotFound) return Problems.NotFound(Texts.NoAreaWithCode.Format(Texts.LevelName(lvl), normalised));
        if (result.CurrentVersion is { } current) return Preconditions.Stale("area", $"{lvl.Name()}:{normalised}", current);
        if (result.NewVersion is { } v) http.Response.Headers.ETag = Preconditions.ETag(v);
        return (await AreasEndpoints.OneAsync(lvl.Name(), normalised, null, AreaGeoJson.ApiId, store, catalog, ct)).Result as ContentHttpResult
            ?? throw new InvalidOperationException($"Area {lvl.Name()}:{normalised} vanished after its write.");
    }

    private const string CodeProperty = "code";

    /// <summary>The level and normalised code of the URL, or the answer: 400 for a bad one, 405 for an official level.</summary>
    private static (AreaLevel, string, ProblemHttpResult?) Target(string level, string code)
    {
        var errors = new FieldErrors();
        var lvl = AreaParameters.Level(errors, level);
        var normalised = lvl is { } l ? AreaParameters.Code(errors, l, code, "code") : null;
        if (errors.Any || lvl is null || normalised is null) return (default, "", errors.ToProblem(AreaParameters.ProblemTitle));
        if (!lvl.Value.IsOwn())
        {
            return (default, "", Problems.Status(StatusCodes.Status405MethodNotAllowed, "Official areas are read-only",
                Texts.OfficialLevel.Format(lvl.Value.Name())));
        }
        return (lvl.Value, normalised, null);
    }

    /// <summary>The body (a Feature) as a one-feature collection with the URL's code as its code property.</summary>
    private static MemoryStream AsCollection(Stream body, string code)
    {
        JsonElement feature;
        try
        {
            feature = JsonSerializer.Deserialize<JsonElement>(body);
        }
        catch (JsonException e)
        {
            throw new BoundaryFormatException(Texts.NotValidJson.Format(TechnicalReasons.Localise(e.Message)), e);
        }
        if (feature.ValueKind != JsonValueKind.Object || !feature.TryGetProperty("geometry", out var geometry))
        {
            throw new BoundaryFormatException(Texts.AreaBodyFeature.Get());
        }
        var props = new Dictionary<string, JsonElement>();
        if (feature.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object)
        {
            foreach (var prop in p.EnumerateObject()) props[prop.Name] = prop.Value;
        }
        props[CodeProperty] = JsonSerializer.SerializeToElement(code);
        var collection = new { type = "FeatureCollection", features = new[] { new { type = "Feature", geometry, properties = props } } };
        return new MemoryStream(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(collection)));
    }

    private static ProblemHttpResult Invalid(IEnumerable<RowProblem> problems)
    {
        var errors = new FieldErrors();
        foreach (var p in problems) errors.Add(p.Field, DomainMessages.Localise(p.Message));
        return errors.ToProblem("Invalid area; nothing was written", StatusCodes.Status422UnprocessableEntity);
    }
}
