using System.Text.Json;
using Kortlaegning.Api.Catalog;
using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Domain.Boundaries;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;
using NpgsqlTypes;

namespace Kortlaegning.Api.Areas;

public static class AreasEndpoints
{
    public static void MapAreas(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/levels", Levels).WithTags("Areas").WithName("ListLevels")
            .WithSummary("Area levels with the number of areas loaded for each.");

        var group = app.MapGroup("/api/areas").WithTags("Areas");
        group.MapGet("/", List).WithName("ListAreas")
            .WithSummary("Areas of one level as an RFC 7946 FeatureCollection (EPSG:4326).")
            .WithDescription("Filters: municipality (kommunekode), bbox=minLon,minLat,maxLon,maxLat. simplify=metres simplifies geometry for display (Douglas–Peucker in EPSG:25832, small parts kept; not for analysis).")
            .Produces(200, contentType: GeoJsonText.MediaType);
        group.MapGet("/at", At).WithName("AreasAtPoint").WithSummary("The areas of every level that contain a point (lon, lat in EPSG:4326).");
        group.MapGet("/{level}/{code}", One).WithName("GetArea")
            .WithSummary("One area as a GeoJSON Feature, with its parent areas and overlap fractions.")
            .Produces(200, contentType: GeoJsonText.MediaType);
        group.MapPost("/import", Import).WithName("ImportAreas")
            .WithSummary("Upload boundaries (GeoJSON or TopoJSON) as areas of one level; upserts by code, all-or-nothing.")
            .Accepts<JsonElement>("application/geo+json", "application/json")
            .RequireAuthorization(Policies.Planner)
            .DisableAntiforgery();
    }

    internal static async Task<Ok<IEnumerable<LevelCount>>> Levels(NpgsqlDataSource db, CancellationToken ct)
    {
        var counts = new Dictionary<string, long>();
        await using var cmd = db.CreateCommand(AreaQueries.LevelCounts);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) counts[r.GetString(0)] = r.GetInt64(1);
        return TypedResults.Ok(AreaLevels.All.Select(l => new LevelCount(l, counts.GetValueOrDefault(l))));
    }

    internal static async Task<Results<ContentHttpResult, ProblemHttpResult>> List(
        string? level, string? municipality, string? simplify, string? bbox, NpgsqlDataSource db, DataCatalog catalog, CancellationToken ct)
    {
        if (!AreaQueryParameters.TryLevel(level, out var lvl, out var problem)) return problem!;
        string? muni = null;
        if (municipality is not null && !AreaQueryParameters.TryCode(AreaLevel.Municipality, municipality, "municipality", out muni, out problem)) return problem!;
        double tolerance = 0;
        if (simplify is not null && !AreaQueryParameters.TryNumber(simplify, "simplify", 0, 10_000, out tolerance, out problem)) return problem!;
        if (!AreaQueryParameters.TryBbox(bbox, out var box, out problem)) return problem!;

        await using var cmd = db.CreateCommand(AreaQueries.Collection);
        cmd.Parameters.AddWithValue("level", lvl.Name());
        cmd.Parameters.Add(new NpgsqlParameter("municipality", NpgsqlDbType.Text) { Value = (object?)muni ?? DBNull.Value });
        cmd.Parameters.AddWithValue("simplify", tolerance);
        string[] names = ["minx", "miny", "maxx", "maxy"];
        for (int i = 0; i < 4; i++) cmd.Parameters.Add(new NpgsqlParameter(names[i], NpgsqlDbType.Double) { Value = box is null ? DBNull.Value : box[i] });
        await using var r = await cmd.ExecuteReaderAsync(ct);
        await r.ReadAsync(ct);
        return GeoJsonText.Ok(GeoJsonText.Collection([new("sources", Attribution.For(catalog, r.GetFieldValue<string[]>(1)))], r.GetString(0)));
    }

    internal static async Task<Results<ContentHttpResult, ProblemHttpResult>> One(
        string level, string code, string? simplify, NpgsqlDataSource db, DataCatalog catalog, CancellationToken ct)
    {
        if (!AreaQueryParameters.TryLevel(level, out var lvl, out var problem)) return problem!;
        if (!AreaQueryParameters.TryCode(lvl, code, "code", out var normalised, out problem)) return problem!;
        double tolerance = 0;
        if (simplify is not null && !AreaQueryParameters.TryNumber(simplify, "simplify", 0, 10_000, out tolerance, out problem)) return problem!;

        await using var conn = await db.OpenConnectionAsync(ct);
        string feature, source;
        int id;
        await using (var cmd = new NpgsqlCommand(AreaQueries.One, conn))
        {
            cmd.Parameters.AddWithValue("level", lvl.Name());
            cmd.Parameters.AddWithValue("code", normalised);
            cmd.Parameters.AddWithValue("simplify", tolerance);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            if (!await r.ReadAsync(ct)) return Problems.NotFound($"No {lvl.Name()} with code {normalised}.");
            (feature, id, source) = (r.GetString(0), r.GetInt32(1), r.GetString(2));
        }
        var parents = new List<ParentRef>();
        await using (var cmd = new NpgsqlCommand(AreaQueries.Parents, conn))
        {
            cmd.Parameters.AddWithValue("id", id);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct)) parents.Add(new ParentRef(r.GetString(0), r.GetString(1), r.GetString(2), Math.Round(r.GetDouble(3), 4), r.GetBoolean(4)));
        }
        // Add parents and sources as members of the feature PostGIS built.
        var node = System.Text.Json.Nodes.JsonNode.Parse(feature)!.AsObject();
        node["properties"]!.AsObject()["parents"] = JsonSerializer.SerializeToNode(parents, JsonSerializerOptions.Web);
        node["sources"] = JsonSerializer.SerializeToNode(Attribution.For(catalog, [source]), JsonSerializerOptions.Web);
        return GeoJsonText.Ok(node.ToJsonString());
    }

    internal static async Task<Results<Ok<AreasAtPoint>, ProblemHttpResult>> At(string? lon, string? lat, NpgsqlDataSource db, CancellationToken ct)
    {
        if (!AreaQueryParameters.TryLonLat(lon, lat, out var x, out var y, out var problem)) return problem!;
        await using var cmd = db.CreateCommand(AreaQueries.At);
        cmd.Parameters.AddWithValue("lon", x);
        cmd.Parameters.AddWithValue("lat", y);
        var areas = new List<AreaRef>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) areas.Add(new AreaRef(r.GetString(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3)));
        return TypedResults.Ok(new AreasAtPoint(x, y, areas));
    }

    internal static async Task<Results<Ok<AreaImportSummary>, ProblemHttpResult>> Import(
        HttpRequest request, string? level, string? codeField, string? nameField, string? srid, string? source, bool? skipRejected,
        AreaImporter importer, CancellationToken ct)
    {
        if (!AreaQueryParameters.TryLevel(level, out var lvl, out var problem)) return problem!;
        if (string.IsNullOrWhiteSpace(codeField)) return Problems.BadParameter("codeField", "'codeField' is required: the property that holds each area's code.");
        int? sridValue = null;
        if (srid is not null)
        {
            if (!AreaQueryParameters.TryNumber(srid, "srid", 1024, 999_999, out var s, out problem)) return problem!;
            sridValue = (int)s;
        }
        // Buffer asynchronously: the JSON readers are synchronous, and Kestrel's body-size limit (413) applies here.
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, ct);
        body.Position = 0;
        try
        {
            var summary = await importer.ImportAsync(body,
                new AreaImportRequest(lvl, codeField, nameField, source ?? "upload", null, sridValue, null, skipRejected ?? false), ct);
            return TypedResults.Ok(summary);
        }
        catch (BoundaryFormatException e)
        {
            return Problems.Status(400, "Unreadable boundary file", e.Message);
        }
        catch (AreaImportRejectedException e)
        {
            return Problems.Status(422, "Features rejected; nothing was written", e.Message + " Fix them, or pass skipRejected=true to write the rest.",
                new Dictionary<string, object?> { ["rejected"] = e.Result.Rejected, ["featuresRead"] = e.Result.FeaturesRead });
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InvalidParameterValue or PostgresErrorCodes.InternalError)
        {
            // e.g. an SRID PostGIS does not know, or coordinates it cannot transform
            return Problems.Status(400, "Geometry could not be stored", e.MessageText);
        }
    }
}

public sealed record LevelCount(string Level, long Count);
public sealed record AreaRef(string Level, string Code, string Name, string? MunicipalityCode);
public sealed record AreasAtPoint(double Lon, double Lat, IReadOnlyList<AreaRef> Areas);
public sealed record ParentRef(string Level, string Code, string Name, double OverlapFraction, bool Primary);
