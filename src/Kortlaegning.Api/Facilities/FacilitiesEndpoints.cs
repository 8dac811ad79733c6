using System.Text;
using System.Text.Json;
using Kortlaegning.Api.Areas;
using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Api.Infrastructure.Localisation;
using Kortlaegning.Api.Infrastructure.Security;
using Kortlaegning.Api.Infrastructure.Validation;
using Kortlaegning.Api.Ogc.Files;
using Kortlaegning.Domain.Boundaries;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kortlaegning.Api.Facilities;

/// <summary>
/// Facilities as GeoJSON, with edits under optimistic concurrency: GET answers an ETag (the row version, <c>"v3"</c>);
/// PUT and DELETE require If-Match (428 without it; <c>*</c> means "whatever is there") and answer 412 when it is stale
/// (<see cref="Preconditions"/>, shared with planning scenarios).
/// </summary>
public static class FacilitiesEndpoints
{
    /// <summary>Where a client gets the ETag that PUT and DELETE require (named in the 428 answer).</summary>
    private const string OnePath = "/api/facilities/{id}";

    public static void MapFacilities(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/facilities").WithTags("Facilities");
        group.MapGet("/types", Types).WithName("FacilityTypes").WithSummary("The facility taxonomy: code, Danish and English names, default setting, icon hint, allowed geometry.");
        group.MapGet("/", List).WithName("ListFacilities")
            .WithSummary("Facilities as an RFC 7946 FeatureCollection (EPSG:4326).")
            .WithDescription("Filters (all optional, combined with AND): type (comma-separated codes), bbox=minLon,minLat,maxLon,maxLat, area=level:code (e.g. parish:8907), municipality (kommunekode), text (name, address, organisation, notes, tags). limit (default 50,000), offset. " +
                             "f=gpkg, fgb or shp (or an Accept naming their media type) gives the same facilities as a GeoPackage, FlatGeobuf or zipped Shapefile in EPSG:25832, with every field and the type's Danish name.")
            .Produces(200, contentType: GeoJsonText.MediaType).ProducesGisFiles();
        group.MapGet("/{id:int}", One).WithName("GetFacility").WithSummary("One facility as a GeoJSON Feature, with its ETag.")
            .Produces(200, contentType: GeoJsonText.MediaType);
        group.MapPost("/", Create).WithName("CreateFacility")
            .WithSummary("Add a facility: JSON with the fields and lon/lat (or a GeoJSON geometry, or a GeoJSON Feature). 201 with Location and ETag.")
            .Accepts<JsonElement>("application/json").RequireAuthorization(Policies.Planner);
        group.MapPut("/{id:int}", Replace).WithName("ReplaceFacility")
            .WithSummary("Replace a facility (all fields). If-Match with the ETag from GET is required: 428 without, 412 when stale.")
            .Accepts<JsonElement>("application/json").RequireAuthorization(Policies.Planner);
        group.MapPut("/{id:int}/state", SetState).WithName("SetFacilityState")
            .WithSummary("Publish a facility (draft → published: everyone sees it and access indicators count it) or take it back to draft. If-Match is required.")
            .RequireAuthorization(Policies.Planner).ProducesProblem(403).ProducesProblem(404).ProducesProblem(412).ProducesProblem(422).ProducesProblem(428);
        group.MapDelete("/{id:int}", Delete).WithName("DeleteFacility")
            .WithSummary("Delete a facility. If-Match is required: 428 without, 412 when stale.").RequireAuthorization(Policies.Planner);
        group.MapPost("/import", Import).WithName("ImportFacilities").RequireRateLimiting(RateLimitPolicies.Imports)
            .WithSummary("Upload facilities as GeoJSON, or CSV with lat/lon or x/y columns (srid=EPSG code); all-or-nothing with a row-level error report.")
            .Accepts<string>("text/csv", "application/geo+json", "application/json")
            .RequireAuthorization(Policies.Analyst).DisableAntiforgery();
    }

    internal static Ok<FacilityTypeList> Types(FacilityTypes types) => TypedResults.Ok(new FacilityTypeList(types.All));

    private static readonly byte[] CollectionStart = "{\"type\":\"FeatureCollection\",\"features\":["u8.ToArray(), Comma = ","u8.ToArray();

    internal static async Task<Results<EmptyHttpResult, FileContentHttpResult, ProblemHttpResult>> List(
        [AsParameters] FacilityListQuery query, HttpContext http, FacilityStore store, FacilityTypes types, GisFiles files, CancellationToken ct)
    {
        if (!GisFormats.TryFileOrGeoJson(query.F, http.Request, out var file)) return Problems.BadParameter("f", Texts.ListNotAFormat.Format(query.F));
        var (filter, problem) = await FilterAsync(query, store, types, ct);
        if (problem is not null) return problem;
        if (file is { } format) return await files.FileAsync(format, await store.LayerAsync(filter!, types, ct), "facilities", ct);
        http.Response.ContentType = GeoJsonText.MediaType + "; charset=utf-8";
        // Batches the many small features into 64 KB writes; async only (Kestrel forbids synchronous I/O). Not disposed:
        // that would dispose the response body.
        var body = new BufferedStream(http.Response.Body, 64 * 1024);
        await body.WriteAsync(CollectionStart, ct);
        int returned = 0;
        // Each stored Feature is copied as UTF-8 bytes as its row arrives; the count follows the features.
        await foreach (var feature in store.FeaturesAsync(filter!, ct))
        {
            if (returned++ > 0) await body.WriteAsync(Comma, ct);
            await feature.CopyToAsync(body, ct);
        }
        await body.WriteAsync(Encoding.UTF8.GetBytes(FormattableString.Invariant($"],\"numberReturned\":{returned},\"limit\":{filter!.Limit},\"offset\":{filter.Offset}}}")), ct);
        await body.FlushAsync(ct);
        return TypedResults.Empty;
    }

    /// <summary>The list's filters, checked one parameter at a time (each answer names its parameter).</summary>
    private static async Task<(FacilityFilter?, ProblemHttpResult?)> FilterAsync(FacilityListQuery q, FacilityStore store, FacilityTypes types, CancellationToken ct)
    {
        string[]? typeCodes = null;
        if (!string.IsNullOrWhiteSpace(q.Type))
        {
            typeCodes = q.Type.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var unknown = typeCodes.Where(t => types.Find(t) is null).ToList();
            if (unknown.Count > 0) return (null, Problems.BadParameter("type", Texts.UnknownTypes.Format(string.Join(", ", unknown), types.Choices)));
        }
        if (!AreaQueryParameters.TryBbox(q.Bbox, out var box, out var problem)) return (null, problem);
        double take = 50_000, skip = 0;
        if (q.Limit is not null && !AreaQueryParameters.TryNumber(q.Limit, "limit", 1, 100_000, out take, out problem)) return (null, problem);
        if (q.Offset is not null && !AreaQueryParameters.TryNumber(q.Offset, "offset", 0, int.MaxValue, out skip, out problem)) return (null, problem);
        int? areaId = null, municipalityId = null;
        if (q.Area is not null)
        {
            var parts = q.Area.Split(':', 2);
            if (parts.Length != 2 || !AreaLevels.TryParse(parts[0], out var lvl))
                return (null, Problems.BadParameter("area", Texts.NotLevelCode.Format(q.Area)));
            if (!AreaQueryParameters.TryCode(lvl, parts[1], "area", out var code, out problem)) return (null, problem);
            if (await store.AreaIdAsync(lvl.Name(), code, ct) is not { } id) return (null, Problems.NotFound(Texts.NoAreaWithCode.Format(Texts.LevelName(lvl), code)));
            areaId = id;
        }
        if (q.Municipality is not null)
        {
            if (!AreaQueryParameters.TryCode(AreaLevel.Municipality, q.Municipality, "municipality", out var code, out problem)) return (null, problem);
            if (await store.AreaIdAsync("municipality", code, ct) is not { } id) return (null, Problems.NotFound(Texts.NoAreaWithCode.Format(Texts.LevelName(AreaLevel.Municipality), code)));
            municipalityId = id;
        }
        return (new FacilityFilter(typeCodes, box, areaId, municipalityId, q.Text, (int)take, (int)skip), null);
    }

    internal static async Task<Results<ContentHttpResult, ProblemHttpResult>> One(int id, HttpContext http, FacilityStore store, CancellationToken ct)
    {
        if (await store.FeatureAsync(id, ct) is not var (feature, version)) return Problems.NotFound(Texts.NoFacility.Format(id));
        http.Response.Headers.ETag = Preconditions.ETag(version);
        http.Response.Headers.CacheControl = "no-cache";
        return GeoJsonText.Ok(feature);
    }

    internal static async Task<Results<ContentHttpResult, ProblemHttpResult>> Create(
        HttpContext http, FacilityTypes types, FacilityStore store, CancellationToken ct)
    {
        var (facility, problem) = await ReadBodyAsync(http.Request, types, ct);
        if (problem is not null) return problem;
        var result = await store.InsertAsync(facility!, ct);
        if (result.Outcome == WriteOutcome.Invalid) return Invalid(result.Errors!);
        http.Response.StatusCode = StatusCodes.Status201Created;
        http.Response.Headers.Location = $"/api/facilities/{result.Id}";
        return await Written(http, store, result, ct);
    }

    internal static async Task<Results<ContentHttpResult, ProblemHttpResult>> Replace(
        int id, HttpContext http, FacilityTypes types, FacilityStore store, CancellationToken ct)
    {
        if (!Preconditions.TryIfMatch(http.Request, OnePath, out var expected, out var problem)) return problem!;
        var (facility, bodyProblem) = await ReadBodyAsync(http.Request, types, ct);
        if (bodyProblem is not null) return bodyProblem;
        var result = await store.UpdateAsync(id, expected, facility!, ct);
        return result.Outcome switch
        {
            WriteOutcome.NotFound => Problems.NotFound(Texts.NoFacility.Format(id)),
            WriteOutcome.Stale => Preconditions.Stale("facility", id, result.CurrentVersion),
            WriteOutcome.Invalid => Invalid(result.Errors!),
            _ => await Written(http, store, result, ct),
        };
    }

    internal static async Task<Results<ContentHttpResult, ProblemHttpResult>> SetState(int id, StateBody? body, HttpContext http, FacilityStore store, CancellationToken ct)
    {
        if (!Preconditions.TryIfMatch(http.Request, OnePath, out var expected, out var problem)) return problem!;
        var errors = new FieldErrors();
        if (Publication.Read(body, errors) is not { } state) return errors.ToProblem("The state was not changed");
        var result = await store.SetStateAsync(id, expected, state, ct);
        return result.Outcome switch
        {
            WriteOutcome.NotFound => Problems.NotFound(Texts.NoFacility.Format(id)),
            WriteOutcome.Stale => Preconditions.Stale("facility", id, result.CurrentVersion),
            _ => await Written(http, store, result, ct),
        };
    }

    internal static async Task<Results<NoContent, ProblemHttpResult>> Delete(int id, HttpContext http, FacilityStore store, CancellationToken ct)
    {
        if (!Preconditions.TryIfMatch(http.Request, OnePath, out var expected, out var problem)) return problem!;
        var result = await store.DeleteAsync(id, expected, ct);
        return result.Outcome switch
        {
            WriteOutcome.NotFound => Problems.NotFound(Texts.NoFacility.Format(id)),
            WriteOutcome.Stale => Preconditions.Stale("facility", id, result.CurrentVersion),
            _ => TypedResults.NoContent(),
        };
    }

    internal static async Task<Results<Ok<FacilityImportResult>, ProblemHttpResult>> Import(
        HttpRequest request, [AsParameters] FacilityImportQuery query, FacilityTypes types, FacilityStore store, CancellationToken ct)
    {
        int? xySrid = null;
        if (query.Srid is not null)
        {
            if (!AreaQueryParameters.TryNumber(query.Srid, "srid", 1024, 999_999, out var s, out var problem)) return problem!;
            xySrid = (int)s;
        }
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync(ct);
        var source = string.IsNullOrWhiteSpace(query.Source) ? "upload" : query.Source.Trim();
        var state = Publication.Draft;
        if (query.State is not null)
        {
            var stateErrors = new FieldErrors();
            if (Publication.Read(new StateBody(query.State), stateErrors) is not { } s) return stateErrors.ToProblem("Invalid parameter");
            state = s;
        }
        var parsed = FacilityImportReader.Read(text, types, new ParseOptions(false, xySrid, source, state));
        var errors = parsed.Errors;
        if (!errors.Any && parsed.Rows.Count == 0) errors.Add("file", Texts.NoFacilities.Get());
        if (!errors.Any)
        {
            var (written, storeErrors) = await store.ImportAsync(parsed.Rows, ct);
            if (!storeErrors.Any)
            {
                return TypedResults.Ok(new FacilityImportResult(written, parsed.Rows.GroupBy(r => r.Facility.Type).ToDictionary(g => g.Key, g => g.Count())));
            }
            errors.AddAll(storeErrors);
        }
        var rows = parsed.IsGeoJson ? Texts.FeatureNumbers.Get() : Texts.LineNumbers.Get();
        return errors.ToProblem("Rows rejected; nothing was written", StatusCodes.Status400BadRequest, new Dictionary<string, object?> { ["rowNumbers"] = rows });
    }

    private static async Task<(Facility?, ProblemHttpResult?)> ReadBodyAsync(HttpRequest request, FacilityTypes types, CancellationToken ct)
    {
        JsonElement body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<JsonElement>(request.Body, cancellationToken: ct);
        }
        catch (JsonException e)
        {
            return (null, Problems.Status(400, "Malformed JSON", Texts.NotValidJson.Format(TechnicalReasons.Localise(e.Message))));
        }
        if (body.ValueKind != JsonValueKind.Object) return (null, Problems.Status(400, "Malformed facility", "The body must be a JSON object."));
        var (fields, geometry, geometryError) = FacilityImportReader.FromJsonObject(body, 4326);
        var (facility, errors) = FacilityParser.Parse(fields, geometry, types, new ParseOptions(), geometryError);
        return errors.Any ? (null, Invalid(errors)) : (facility, null);
    }

    /// <summary>The stored Feature as written (the trigger's text, so exactly what GET answers), with the new ETag.</summary>
    private static async Task<ContentHttpResult> Written(HttpContext http, FacilityStore store, WriteResult result, CancellationToken ct)
    {
        var (feature, _) = await store.FeatureAsync(result.Id, ct) ?? throw new InvalidOperationException($"Facility {result.Id} vanished after its write.");
        http.Response.Headers.ETag = Preconditions.ETag(result.Version);
        return GeoJsonText.Ok(feature);
    }

    private static ProblemHttpResult Invalid(FieldErrors errors) => errors.ToProblem("Invalid facility");
}

public sealed record FacilityTypeList(IReadOnlyList<FacilityType> Types);
public sealed record FacilityImportResult(int Written, IReadOnlyDictionary<string, int> ByType);
