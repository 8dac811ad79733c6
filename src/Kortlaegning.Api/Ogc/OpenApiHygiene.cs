using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Kortlaegning.Api.Ogc;

/// <summary>
/// Makes the generated OpenAPI document pass Redocly's <c>recommended</c> and Spectral's <c>spectral:oas</c> rules
/// (web/tests/openapi.lint.test.js) without touching every feature's endpoints: every operation gets a summary, a
/// description, an operationId, its path parameters, a security statement (<c>{}</c> = anonymous read), typed and
/// described query parameters (<c>limit</c>/<c>offset</c> integers, <c>bbox</c> four numbers), a schema for each
/// content type its success answer serves (CSV, GeoJSON, MVT, SVG … as declared or as the path's suffix says) and an
/// RFC 9457 ProblemDetails for its 4xx. Runs after <c>SecuritySchemes</c> (registered later), so protected operations
/// keep their cookie/bearer requirements.
/// </summary>
internal sealed partial class OpenApiHygiene : IOpenApiOperationTransformer, IOpenApiDocumentTransformer
{
    public const string Problem = "ProblemDetails";

    /// <summary>Descriptions of query and path parameters that recur across features.</summary>
    private static readonly Dictionary<string, string> ParameterDescriptions = new(StringComparer.Ordinal)
    {
        ["level"] = "Area level: country, region, municipality, parish, postcode, local_community, housing_department or custom.",
        ["code"] = "Code of the area (municipality 0461, parish 8907 …) or of the indicator, as the path names it.",
        ["municipality"] = "Municipality code (kommunekode, e.g. 0461) to restrict the answer to.",
        ["format"] = "Answer format; see the operation's description for the values it takes.",
        ["delimiter"] = "CSV delimiter: comma (default, decimal point) or semicolon (Danish Excel: decimal comma, UTF-8 BOM).",
        ["simplify"] = "Simplification tolerance in metres (EPSG:25832), 0–10000; 0 keeps the stored geometry.",
        ["period"] = "Period of the values (e.g. 2019); default the latest.",
        ["bbox"] = "Bounding box minX,minY,maxX,maxY (default lon/lat, CRS84).",
        ["limit"] = "Page size (integer).",
        ["offset"] = "Number of items to skip (integer).",
        ["lon"] = "Longitude in degrees (EPSG:4326).",
        ["lat"] = "Latitude in degrees (EPSG:4326).",
        ["id"] = "Id of the resource the path names.",
        ["layer"] = "Tile layer: parishes, municipalities, postcodes, regions, facilities or grid.",
        ["z"] = "Zoom level, 0–16.",
        ["x"] = "Tile column, 0 to 2^z − 1.",
        ["y"] = "Tile row, 0 to 2^z − 1.",
        ["type"] = "Facility type.",
        ["source"] = "Id of the data source the import records.",
        ["key"] = "Workshop join key.",
    };

    private static readonly Dictionary<string, string> TagDescriptions = new(StringComparer.Ordinal)
    {
        ["OGC API – Features"] = "OGC API – Features Part 1 and 2 (CRS): the area levels as collections for QGIS, GDAL and other clients (docs/ogc.md).",
        ["Tiles"] = "Mapbox vector tiles (EPSG:3857) and their TileJSON 3.0.0 descriptions.",
        ["Health"] = "Liveness and readiness of the service and its database.",
        ["Audit"] = "The audit log of every write (who, what, when, versions).",
        ["Areas"] = "Administrative and custom areas (DAGI levels, housing departments), their parents and imports.",
        ["Indicators"] = "Health indicators, their values per area and period, profiles and estimates.",
        ["Access"] = "Travel-time access to facilities.",
        ["Account"] = "Sign-in, personal access tokens and user administration.",
        ["Catalogue"] = "The datasets behind the service, with provenance and licence.",
        ["Facilities"] = "Health facilities: points with type, name and owner municipality.",
        ["Network"] = "The street network and isochrones.",
        ["Rankings"] = "Composite need indices: rankings of areas and saved presets.",
        ["Planning"] = "Location planning: demand, p-median solves and scenarios.",
        ["Workshops"] = "Participatory mapping workshops: annotations, votes, moderation and exports.",
        ["Follow-up"] = "Follow-up projects: activities, registrations, targets and progress reports.",
    };

    /// <summary>Content types a <c>format=</c> parameter adds to an operation's 200, by route.</summary>
    private static readonly Dictionary<string, string[]> FormatContent = new(StringComparer.Ordinal)
    {
        ["api/indicators/{code}/values"] = ["application/json", "text/csv", "application/geo+json"],
        ["api/rankings/presets/{id}/result"] = ["application/json", "text/csv", "application/geo+json"],
        ["api/areas"] = ["application/geo+json"],
        ["api/areas/{level}/{code}"] = ["application/geo+json"],
        ["api/facilities"] = ["application/geo+json"],
        ["api/facilities/{id}"] = ["application/geo+json"],
        ["api/network/isochrone"] = ["application/geo+json"],
        ["api/workshops/{id}/annotations"] = ["application/geo+json"],
        ["api/workshops/{id}/events"] = ["text/event-stream"],
    };

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var description = context.Description;
        var route = (description.RelativePath ?? "").Split('?')[0].TrimEnd('/');
        var method = description.HttpMethod ?? "GET";
        operation.OperationId ??= OperationId(method, route);
        operation.Summary ??= Humanise(operation.OperationId);
        operation.Description ??= operation.Summary;
        if (operation.Security is null || operation.Security.Count == 0) operation.Security = [new OpenApiSecurityRequirement()];

        operation.Parameters ??= [];
        foreach (Match m in RouteParameter().Matches(route))
        {
            var name = m.Groups[1].Value;
            if (!operation.Parameters.Any(p => p.In == ParameterLocation.Path && p.Name == name))
            {
                operation.Parameters.Add(new OpenApiParameter { Name = name, In = ParameterLocation.Path, Required = true, Schema = new OpenApiSchema { Type = JsonSchemaType.String } });
            }
        }
        foreach (var p in operation.Parameters.OfType<OpenApiParameter>())
        {
            p.Description ??= ParameterDescriptions.GetValueOrDefault(p.Name ?? "") ?? $"The {p.Name} {p.In?.ToString().ToLowerInvariant()} parameter.";
            if (p.In == ParameterLocation.Query && p.Name is "limit" or "offset")
            {
                p.Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = p.Name == "limit" ? "1" : "0" };
            }
            else if (p.In == ParameterLocation.Query && p.Name == "bbox")
            {
                p.Schema = new OpenApiSchema { Type = JsonSchemaType.Array, MinItems = 4, MaxItems = 4, Items = new OpenApiSchema { Type = JsonSchemaType.Number } };
                p.Style = ParameterStyle.Form;
                p.Explode = false;
            }
        }

        operation.Responses ??= new OpenApiResponses();
        var produces = description.ActionDescriptor.EndpointMetadata.OfType<IProducesResponseTypeMetadata>().ToList();
        foreach (var (status, response) in operation.Responses.ToList())
        {
            if (response is not OpenApiResponse r) continue;
            if (string.IsNullOrWhiteSpace(r.Description)) r.Description = status;
            if (status.StartsWith('2') && status is not ("204" or "205"))
            {
                r.Content ??= new Dictionary<string, OpenApiMediaType>();
                var types = produces.Where(p => p.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture) == status).SelectMany(p => p.ContentTypes).ToList();
                if (status == "200" && FormatContent.TryGetValue(route, out var extra)) types.AddRange(extra);
                if (r.Content.Count == 0 && types.Count == 0) types.Add(BySuffix(route));
                foreach (var t in types.Distinct()) r.Content.TryAdd(t, new OpenApiMediaType());
                foreach (var (type, media) in r.Content) media.Schema ??= SchemaFor(type);
            }
            else if (status.StartsWith('4'))
            {
                r.Content ??= new Dictionary<string, OpenApiMediaType>();
                if (r.Content.Count == 0) r.Content["application/problem+json"] = new OpenApiMediaType();
                foreach (var media in r.Content.Values) media.Schema ??= new OpenApiSchemaReference(Problem, context.Document);
            }
        }
        if (!operation.Responses.Keys.Any(k => k.StartsWith('4')))
        {
            operation.Responses["400"] = new OpenApiResponse
            {
                Description = "Invalid request: RFC 9457 ProblemDetails naming each bad field under errors.",
                Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference(Problem, context.Document) } },
            };
        }
        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        if (document.Servers is { } servers)
        {
            foreach (var s in servers) s.Url = s.Url?.TrimEnd('/') is { Length: > 0 } u ? u : s.Url;
        }
        document.Info.Description ??= "Kortlægning: Danish municipal health mapping — areas, indicators, rankings, planning, workshops and follow-up; OGC API – Features at /ogc, vector tiles at /tiles.";
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas[Problem] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "RFC 9457 problem details; errors maps each bad field to its messages.",
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["type"] = new OpenApiSchema { Type = JsonSchemaType.String },
                ["title"] = new OpenApiSchema { Type = JsonSchemaType.String },
                ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer },
                ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String },
                ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String },
                ["errors"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
                },
            },
        };
        var used = document.Paths.Values.SelectMany(p => p.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>())
            .SelectMany(o => o.Tags ?? new HashSet<OpenApiTagReference>()).Select(t => t.Name).OfType<string>().Distinct().ToList();
        document.Tags ??= new HashSet<OpenApiTag>();
        foreach (var tag in used.Where(t => !document.Tags.Any(d => d.Name == t)))
        {
            document.Tags.Add(new OpenApiTag { Name = tag });
        }
        foreach (var tag in document.Tags)
        {
            tag.Description ??= TagDescriptions.GetValueOrDefault(tag.Name ?? "") ?? $"{tag.Name} endpoints.";
        }
        return Task.CompletedTask;
    }

    private static IOpenApiSchema SchemaFor(string mediaType) => mediaType switch
    {
        "application/vnd.mapbox-vector-tile" or "application/geopackage+sqlite3" or "application/octet-stream" or "application/pdf" or "image/png" => new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" },
        _ when mediaType.Contains("json", StringComparison.Ordinal) => new OpenApiSchema { Type = JsonSchemaType.Object },
        _ => new OpenApiSchema { Type = JsonSchemaType.String },
    };

    private static string BySuffix(string route) => Path.GetExtension(route) switch
    {
        ".svg" => "image/svg+xml",
        ".geojson" => "application/geo+json",
        ".csv" => "text/csv",
        ".html" => "text/html",
        ".md" => "text/markdown",
        ".mvt" => "application/vnd.mapbox-vector-tile",
        _ => "application/json",
    };

    private static string OperationId(string method, string route) =>
        method.ToLowerInvariant() + string.Concat(InvalidChars().Split(route).Where(s => s.Length > 0).Select(s => char.ToUpperInvariant(s[0]) + s[1..]));

    private static string Humanise(string operationId)
    {
        var words = Words().Replace(operationId, " $1").Trim();
        return words.Length == 0 ? operationId : char.ToUpperInvariant(words[0]) + words[1..].ToLowerInvariant() + ".";
    }

    [GeneratedRegex(@"\{([^}:?]+)[^}]*\}")]
    private static partial Regex RouteParameter();

    [GeneratedRegex(@"[^a-zA-Z0-9._-]+|[.]")]
    private static partial Regex InvalidChars();

    [GeneratedRegex(@"(?<=[a-z0-9])([A-Z])")]
    private static partial Regex Words();
}
