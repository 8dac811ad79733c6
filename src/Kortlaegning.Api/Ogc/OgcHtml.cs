using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kortlaegning.Api.Infrastructure.Localisation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Kortlaegning.Api.Ogc;

/// <summary>
/// HTML pages of the OGC API (Part 1 §7.5 and the HTML conformance class, as pygeoapi and pg_featureserv give them):
/// the landing page, conformance, collections, one collection, items and one item, readable in a browser. Asked for by
/// <c>f=html</c>, or by a browser's <c>Accept</c> that prefers <c>text/html</c> to JSON. The page is the JSON answer of
/// the same endpoint set as text — links as anchors (staying in HTML), collections and features as tables — so HTML and
/// JSON can never disagree. Every value is HTML-encoded, and the page has no script.
/// </summary>
public static class OgcHtml
{
    public const string MediaType = "text/html";

    /// <summary>True when the request asks for HTML: <c>f=html</c>, or no <c>f</c> and an Accept preferring text/html.</summary>
    public static bool Wanted(HttpRequest request)
    {
        if (request.Query.TryGetValue("f", out var f)) return f.ToString() == "html";
        if (!MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accept)) return false;
        double Quality(Func<string, bool> match) =>
            accept.Where(a => match(a.MediaType.Value ?? "")).Select(a => a.Quality ?? 1).DefaultIfEmpty(0).Max();
        double html = Quality(t => t is "text/html" or "application/xhtml+xml");
        double json = Quality(t => t.EndsWith("json", StringComparison.Ordinal) || t is "*/*");
        return html > 0 && html >= json;
    }

    /// <summary>
    /// The endpoint filter on /ogc: HTML when it is wanted and the endpoint answered 200; problems and other answers as
    /// they are. Vary: Accept either way, because the same URL answers HTML or JSON by it.
    /// </summary>
    public static async ValueTask<object?> FilterAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        http.Response.Headers.Append(HeaderNames.Vary, "Accept");
        var result = await next(context);
        if (!Wanted(http.Request)) return result;
        if (result is INestedHttpResult nested) result = nested.Result;
        JsonNode? json = result switch
        {
            ContentHttpResult { StatusCode: null or 200, ResponseContent: { } text } => JsonNode.Parse(text),
            IValueHttpResult { Value: { } value } and IStatusCodeHttpResult { StatusCode: 200 } =>
                JsonSerializer.SerializeToNode(value, value.GetType(), JsonSerializerOptions.Web),
            _ => null,
        };
        if (json is not JsonObject page) return result;
        http.Response.Headers.Remove("Content-Crs"); // the page shows no coordinates
        return TypedResults.Content(Render(page, http.Request), "text/html; charset=utf-8", Encoding.UTF8);
    }

    internal static string Render(JsonObject page, HttpRequest request)
    {
        var collection = request.RouteValues["id"]?.ToString();
        var title = page["type"]?.ToString() switch
        {
            "FeatureCollection" => $"{collection}: {Texts.OgcFeatures.Get()}",
            "Feature" => $"{collection} {Str(page["id"])}",
            _ => Str(page["title"]) ?? Str(page["id"]) ?? "Kortlægning – OGC API",
        };
        var sb = new StringBuilder();
        sb.Append("<!doctype html>\n<html lang=\"").Append(Language.Current).Append("\"><head><meta charset=\"utf-8\">")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>").Append(E(title)).Append("</title>")
          .Append("<style>body{font:16px/1.5 system-ui,sans-serif;margin:1.5rem auto;max-width:72rem;padding:0 1rem;color:#1a1a1a}")
          .Append("table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}th,td{border:1px solid #bbb;padding:.25rem .5rem;text-align:left;vertical-align:top}")
          .Append("th{background:#eef2f5}a{color:#0b5394}code{font-size:.9em}</style></head><body>");
        sb.Append("<nav><a href=\"").Append(E(Html($"{request.PathBase}/ogc"))).Append("\">OGC API</a> · <a href=\"")
          .Append(E(Html($"{request.PathBase}/ogc/collections"))).Append("\">").Append(E(Texts.OgcCollections.Get())).Append("</a></nav>");
        sb.Append("<h1>").Append(E(title)).Append("</h1>");
        if (Str(page["description"]) is { } description) sb.Append("<p>").Append(E(description)).Append("</p>");

        if (page["type"]?.ToString() == "FeatureCollection") Features(sb, page, $"{request.PathBase}{request.Path}");
        else if (page["type"]?.ToString() == "Feature") PropertyTable(sb, page["properties"] as JsonObject, Str(page["id"]));
        if (page["collections"] is JsonArray collections) Collections(sb, collections);
        if (page["conformsTo"] is JsonArray classes)
        {
            sb.Append("<h2>").Append(E(Texts.OgcConformsTo.Get())).Append("</h2><ul>");
            foreach (var c in classes) sb.Append("<li><code>").Append(E(Str(c))).Append("</code></li>");
            sb.Append("</ul>");
        }
        if (page["extent"]?["spatial"]?["bbox"] is JsonArray bbox)
        {
            sb.Append("<p>bbox (CRS84): <code>").Append(E(bbox.ToJsonString())).Append("</code></p>");
        }
        Links(sb, page["links"] as JsonArray);
        var json = $"{request.Path}{QueryWith(request, "json")}";
        sb.Append("<p><a href=\"").Append(E(json)).Append("\">").Append(E(Texts.OgcAsJson.Get())).Append("</a></p></body></html>\n");
        return sb.ToString();
    }

    private static void Features(StringBuilder sb, JsonObject page, string itemsPath)
    {
        var features = page["features"] as JsonArray ?? [];
        sb.Append("<h2>").Append(E(Texts.OgcFeatures.Get())).Append("</h2>");
        if (page["numberReturned"] is { } returned && page["numberMatched"] is { } matched)
        {
            sb.Append("<p>").Append(E(Texts.OgcShown.Format(returned.ToString(), matched.ToString()))).Append("</p>");
        }
        var columns = features.OfType<JsonObject>().SelectMany(f => (f["properties"] as JsonObject ?? []).Where(p => p.Value is JsonValue or null).Select(p => p.Key))
            .Distinct().ToList();
        sb.Append("<table><thead><tr><th>id</th>");
        foreach (var c in columns) sb.Append("<th>").Append(E(c)).Append("</th>");
        sb.Append("</tr></thead><tbody>");
        foreach (var f in features.OfType<JsonObject>())
        {
            var id = Str(f["id"]) ?? "";
            sb.Append("<tr><td><a href=\"").Append(E(Html($"{itemsPath}/{Uri.EscapeDataString(id)}"))).Append("\">").Append(E(id)).Append("</a>");
            sb.Append("</td>");
            var props = f["properties"] as JsonObject ?? [];
            foreach (var c in columns) sb.Append("<td>").Append(E(Str(props[c]))).Append("</td>");
            sb.Append("</tr>");
        }
        sb.Append("</tbody></table>");
    }

    private static void PropertyTable(StringBuilder sb, JsonObject? properties, string? id)
    {
        sb.Append("<h2>").Append(E(Texts.OgcProperties.Get())).Append("</h2><table><tbody>");
        if (id is not null) sb.Append("<tr><th>id</th><td>").Append(E(id)).Append("</td></tr>");
        foreach (var (name, value) in properties ?? [])
        {
            sb.Append("<tr><th>").Append(E(name)).Append("</th><td>")
              .Append(E(value is JsonValue or null ? Str(value) : value.ToJsonString())).Append("</td></tr>");
        }
        sb.Append("</tbody></table>");
    }

    private static void Collections(StringBuilder sb, JsonArray collections)
    {
        sb.Append("<h2>").Append(E(Texts.OgcCollections.Get())).Append("</h2><table><thead><tr><th>id</th><th>title</th><th>items</th></tr></thead><tbody>");
        foreach (var c in collections.OfType<JsonObject>())
        {
            var links = (c["links"] as JsonArray)?.OfType<JsonObject>().ToList() ?? [];
            var self = links.FirstOrDefault(l => Str(l["rel"]) == "self");
            var items = links.FirstOrDefault(l => Str(l["rel"]) == "items");
            sb.Append("<tr><td>");
            if (self is not null) sb.Append("<a href=\"").Append(E(Html(Str(self["href"])!))).Append("\">").Append(E(Str(c["id"]))).Append("</a>");
            else sb.Append(E(Str(c["id"])));
            sb.Append("</td><td>").Append(E(Str(c["title"]))).Append("</td><td>");
            if (items is not null) sb.Append("<a href=\"").Append(E(Html(Str(items["href"])!))).Append("\">items</a>");
            sb.Append("</td></tr>");
        }
        sb.Append("</tbody></table>");
    }

    private static void Links(StringBuilder sb, JsonArray? links)
    {
        if (links is null || links.Count == 0) return;
        sb.Append("<h2>").Append(E(Texts.OgcLinks.Get())).Append("</h2><ul>");
        foreach (var l in links.OfType<JsonObject>())
        {
            var href = Str(l["href"]) ?? "";
            var type = Str(l["type"]) ?? "";
            // Links to this API's JSON stay in HTML; the OpenAPI document and downloads are what they are.
            var target = href.Contains("/ogc", StringComparison.Ordinal) && (type.Contains("json", StringComparison.Ordinal) || type == MediaType) ? Html(href) : href;
            sb.Append("<li><a href=\"").Append(E(target)).Append("\">").Append(E(Str(l["title"]) ?? Str(l["rel"]))).Append("</a> <small>")
              .Append(E(Str(l["rel"]))).Append(", ").Append(E(type)).Append("</small></li>");
        }
        sb.Append("</ul>");
    }

    /// <summary>The same URL with <c>f=html</c> in place of any <c>f</c>.</summary>
    internal static string Html(string href)
    {
        var q = href.IndexOf('?');
        var path = q < 0 ? href : href[..q];
        var query = q < 0 ? "" : href[(q + 1)..];
        var kept = query.Split('&', StringSplitOptions.RemoveEmptyEntries).Where(p => !p.StartsWith("f=", StringComparison.Ordinal)).Append("f=html");
        return $"{path}?{string.Join('&', kept)}";
    }

    private static string QueryWith(HttpRequest request, string format)
    {
        var kept = request.Query.Where(kv => kv.Key != "f").SelectMany(kv => kv.Value.Select(v => $"{Uri.EscapeDataString(kv.Key)}={Uri.EscapeDataString(v ?? "")}"))
            .Append($"f={format}");
        return "?" + string.Join('&', kept);
    }

    private static string? Str(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => node.ToJsonString(),
    };

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
}
