using System.Data;
using System.Text;
using System.Text.Json;
using Kortlaegning.Api.Areas;
using Kortlaegning.Api.Indicators;
using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Domain.Boundaries;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;
using NpgsqlTypes;

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
            .WithDescription("Filters (all optional, combined with AND): type (comma-separated codes), bbox=minLon,minLat,maxLon,maxLat, area=level:code (e.g. parish:8907), municipality (kommunekode), text (name, address, organisation, notes, tags). limit (default 50,000), offset.")
            .Produces(200, contentType: GeoJsonText.MediaType);
        group.MapGet("/{id:int}", One).WithName("GetFacility").WithSummary("One facility as a GeoJSON Feature, with its ETag.")
            .Produces(200, contentType: GeoJsonText.MediaType);
        group.MapPost("/", Create).WithName("CreateFacility")
            .WithSummary("Add a facility: JSON with the fields and lon/lat (or a GeoJSON geometry, or a GeoJSON Feature). 201 with Location and ETag.")
            .Accepts<JsonElement>("application/json").RequireAuthorization(Policies.Planner);
        group.MapPut("/{id:int}", Replace).WithName("ReplaceFacility")
            .WithSummary("Replace a facility (all fields). If-Match with the ETag from GET is required: 428 without, 412 when stale.")
            .Accepts<JsonElement>("application/json").RequireAuthorization(Policies.Planner);
        group.MapDelete("/{id:int}", Delete).WithName("DeleteFacility")
            .WithSummary("Delete a facility. If-Match is required: 428 without, 412 when stale.").RequireAuthorization(Policies.Planner);
        group.MapPost("/import", Import).WithName("ImportFacilities")
            .WithSummary("Upload facilities as GeoJSON, or CSV with lat/lon or x/y columns (srid=EPSG code); all-or-nothing with a row-level error report.")
            .Accepts<string>("text/csv", "application/geo+json", "application/json")
            .RequireAuthorization(Policies.Analyst).DisableAntiforgery();
    }

    internal static Ok<FacilityTypeList> Types(FacilityTypes types) => TypedResults.Ok(new FacilityTypeList(types.All));

    private static readonly byte[] CollectionStart = "{\"type\":\"FeatureCollection\",\"features\":["u8.ToArray(), Comma = ","u8.ToArray();

    internal static async Task<Results<EmptyHttpResult, ProblemHttpResult>> List(
        string? type, string? bbox, string? area, string? municipality, string? text, string? limit, string? offset,
        HttpContext http, NpgsqlDataSource db, FacilityTypes types, CancellationToken ct)
    {
        string[]? typeCodes = null;
        if (!string.IsNullOrWhiteSpace(type))
        {
            typeCodes = type.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var unknown = typeCodes.Where(t => types.Find(t) is null).ToList();
            if (unknown.Count > 0) return Problems.BadParameter("type", $"Unknown type(s) {string.Join(", ", unknown)}; one of: {types.Codes}.");
        }
        if (!AreaQueryParameters.TryBbox(bbox, out var box, out var problem)) return problem!;
        double take = 50_000, skip = 0;
        if (limit is not null && !AreaQueryParameters.TryNumber(limit, "limit", 1, 100_000, out take, out problem)) return problem!;
        if (offset is not null && !AreaQueryParameters.TryNumber(offset, "offset", 0, int.MaxValue, out skip, out problem)) return problem!;

        await using var conn = await db.OpenConnectionAsync(ct);
        int? areaId = null, municipalityId = null;
        if (area is not null)
        {
            var parts = area.Split(':', 2);
            if (parts.Length != 2 || !AreaLevels.TryParse(parts[0], out var lvl))
                return Problems.BadParameter("area", $"'{area}' is not level:code, e.g. parish:8907 or municipality:0851.");
            if (!AreaQueryParameters.TryCode(lvl, parts[1], "area", out var code, out problem)) return problem!;
            if (await AreaIdAsync(conn, lvl.Name(), code, ct) is not { } id) return Problems.NotFound($"No {lvl.Name()} with code {code}.");
            areaId = id;
        }
        if (municipality is not null)
        {
            if (!AreaQueryParameters.TryCode(AreaLevel.Municipality, municipality, "municipality", out var code, out problem)) return problem!;
            if (await AreaIdAsync(conn, "municipality", code, ct) is not { } id) return Problems.NotFound($"No municipality with code {code}.");
            municipalityId = id;
        }
        await using var cmd = new NpgsqlCommand(FacilityQueries.Collection, conn);
        cmd.Parameters.Add(new NpgsqlParameter("types", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = (object?)typeCodes ?? DBNull.Value });
        string[] names = ["minx", "miny", "maxx", "maxy"];
        for (int i = 0; i < 4; i++) cmd.Parameters.Add(new NpgsqlParameter(names[i], NpgsqlDbType.Double) { Value = box is null ? DBNull.Value : box[i] });
        cmd.Parameters.Add(new NpgsqlParameter("area_id", NpgsqlDbType.Integer) { Value = (object?)areaId ?? DBNull.Value });
        cmd.Parameters.Add(new NpgsqlParameter("municipality_id", NpgsqlDbType.Integer) { Value = (object?)municipalityId ?? DBNull.Value });
        var pattern = string.IsNullOrWhiteSpace(text) ? null : "%" + text.Trim().Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_") + "%";
        cmd.Parameters.Add(new NpgsqlParameter("text", NpgsqlDbType.Text) { Value = (object?)pattern ?? DBNull.Value });
        cmd.Parameters.AddWithValue("limit", (int)take);
        cmd.Parameters.AddWithValue("offset", (int)skip);
        // Each stored Feature text is copied as UTF-8 bytes from the connection to the response as its row arrives
        // (never decoded into a .NET string, never aggregated into one multi-MB value); the count follows the features.
        await using var r = await cmd.ExecuteReaderAsync(CommandBehavior.SequentialAccess, ct);
        http.Response.ContentType = GeoJsonText.MediaType + "; charset=utf-8";
        // Batches the many small features into 64 KB writes; async only (Kestrel forbids synchronous I/O). Not disposed:
        // that would dispose the response body.
        var body = new BufferedStream(http.Response.Body, 64 * 1024);
        await body.WriteAsync(CollectionStart, ct);
        int returned = 0;
        while (await r.ReadAsync(ct))
        {
            if (returned++ > 0) await body.WriteAsync(Comma, ct);
            await using var feature = await r.GetStreamAsync(0, ct);
            await feature.CopyToAsync(body, ct);
        }
        await body.WriteAsync(Encoding.UTF8.GetBytes(FormattableString.Invariant($"],\"numberReturned\":{returned},\"limit\":{(int)take},\"offset\":{(int)skip}}}")), ct);
        await body.FlushAsync(ct);
        return TypedResults.Empty;
    }

    internal static async Task<Results<ContentHttpResult, ProblemHttpResult>> One(int id, HttpContext http, NpgsqlDataSource db, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(FacilityQueries.One);
        cmd.Parameters.AddWithValue("id", id);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        if (!await r.ReadAsync(ct)) return Problems.NotFound($"No facility {id}.");
        http.Response.Headers.ETag = Preconditions.ETag(r.GetInt32(1));
        http.Response.Headers.CacheControl = "no-cache";
        return GeoJsonText.Ok(r.GetString(0));
    }

    internal static async Task<Results<ContentHttpResult, ProblemHttpResult>> Create(
        HttpContext http, FacilityTypes types, FacilityStore store, NpgsqlDataSource db, CancellationToken ct)
    {
        var (facility, problem) = await ReadBodyAsync(http.Request, types, ct);
        if (problem is not null) return problem;
        var result = await store.InsertAsync(facility!, ct);
        if (result.Outcome == WriteOutcome.Invalid) return Invalid(result.Errors!);
        http.Response.StatusCode = StatusCodes.Status201Created;
        http.Response.Headers.Location = $"/api/facilities/{result.Id}";
        return await Written(http, db, result, ct);
    }

    internal static async Task<Results<ContentHttpResult, ProblemHttpResult>> Replace(
        int id, HttpContext http, FacilityTypes types, FacilityStore store, NpgsqlDataSource db, CancellationToken ct)
    {
        if (!Preconditions.TryIfMatch(http.Request, OnePath, out var expected, out var problem)) return problem!;
        var (facility, bodyProblem) = await ReadBodyAsync(http.Request, types, ct);
        if (bodyProblem is not null) return bodyProblem;
        var result = await store.UpdateAsync(id, expected, facility!, ct);
        return result.Outcome switch
        {
            WriteOutcome.NotFound => Problems.NotFound($"No facility {id}."),
            WriteOutcome.Stale => Preconditions.Stale("facility", id, result.CurrentVersion),
            WriteOutcome.Invalid => Invalid(result.Errors!),
            _ => await Written(http, db, result, ct),
        };
    }

    internal static async Task<Results<NoContent, ProblemHttpResult>> Delete(int id, HttpContext http, FacilityStore store, CancellationToken ct)
    {
        if (!Preconditions.TryIfMatch(http.Request, OnePath, out var expected, out var problem)) return problem!;
        var result = await store.DeleteAsync(id, expected, ct);
        return result.Outcome switch
        {
            WriteOutcome.NotFound => Problems.NotFound($"No facility {id}."),
            WriteOutcome.Stale => Preconditions.Stale("facility", id, result.CurrentVersion),
            _ => TypedResults.NoContent(),
        };
    }

    internal static async Task<Results<Ok<FacilityImportResult>, ProblemHttpResult>> Import(
        HttpRequest request, string? srid, string? source, FacilityTypes types, FacilityStore store, CancellationToken ct)
    {
        int? xySrid = null;
        if (srid is not null)
        {
            if (!AreaQueryParameters.TryNumber(srid, "srid", 1024, 999_999, out var s, out var problem)) return problem!;
            xySrid = (int)s;
        }
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync(ct);
        var parsed = FacilityImportReader.Read(text, types, new ParseOptions(false, xySrid, string.IsNullOrWhiteSpace(source) ? "upload" : source.Trim()));
        var errors = parsed.Errors.ToList();
        if (errors.Count == 0 && parsed.Rows.Count == 0) errors.Add(new RowError(parsed.IsGeoJson ? 1 : 2, "file", "The file holds no facilities."));
        if (errors.Count == 0)
        {
            var (written, storeErrors) = await store.ImportAsync(parsed.Rows, ct);
            if (storeErrors.Count == 0)
            {
                return TypedResults.Ok(new FacilityImportResult(written, parsed.Rows.GroupBy(r => r.Facility.Type).ToDictionary(g => g.Key, g => g.Count())));
            }
            errors.AddRange(storeErrors.Select(e => new RowError(e.Line, e.Error.Field, e.Error.Reason)));
        }
        var where = parsed.IsGeoJson ? "Each is listed with its feature number (the first feature is 1)." : "Each is listed with its line number (the header is line 1).";
        return Problems.Status(400, "Rows rejected; nothing was written", $"{errors.Count} problem(s) in the file. {where}",
            new Dictionary<string, object?> { ["errors"] = errors.OrderBy(e => e.Line).ToList() });
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
            return (null, Problems.Status(400, "Malformed JSON", e.Message));
        }
        if (body.ValueKind != JsonValueKind.Object) return (null, Problems.Status(400, "Malformed facility", "The body must be a JSON object."));
        var (fields, geometry, geometryError) = FacilityImportReader.FromJsonObject(body, 4326);
        var (facility, errors) = FacilityParser.Parse(fields, geometry, types, new ParseOptions());
        if (geometryError is not null) errors.Insert(0, geometryError);
        return errors.Count > 0 ? (null, Invalid(errors)) : (facility, null);
    }

    private static async Task<ContentHttpResult> Written(HttpContext http, NpgsqlDataSource db, WriteResult result, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(FacilityQueries.One);
        cmd.Parameters.AddWithValue("id", result.Id);
        var feature = (string)(await cmd.ExecuteScalarAsync(ct))!;
        http.Response.Headers.ETag = Preconditions.ETag(result.Version);
        return GeoJsonText.Ok(feature);
    }

    private static ProblemHttpResult Invalid(IReadOnlyList<FieldError> errors) =>
        Problems.Status(400, "Invalid facility", string.Join(" ", errors.Select(e => $"{e.Field}: {e.Reason}")),
            new Dictionary<string, object?> { ["errors"] = errors });

    private static async Task<int?> AreaIdAsync(NpgsqlConnection conn, string level, string code, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(FacilityQueries.AreaId, conn);
        cmd.Parameters.AddWithValue("level", level);
        cmd.Parameters.AddWithValue("code", code);
        return await cmd.ExecuteScalarAsync(ct) as int?;
    }
}

public sealed record FacilityTypeList(IReadOnlyList<FacilityType> Types);
public sealed record FacilityImportResult(int Written, IReadOnlyDictionary<string, int> ByType);
