using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace Kortlaegning.Api.Infrastructure;

/// <summary>
/// ETag and 304 Not Modified for the read endpoints analysts' clients poll (issue 16): area lists and single areas,
/// OGC items, indicator lists and values. The ETag is a hash of the answer itself (weak, RFC 9110 §8.8.3: the same
/// representation, whatever the compression), so it changes exactly when the data a caller sees changes — including
/// drafts, which only some callers see — without a version column per feature. A matching If-None-Match gets 304 with
/// no body (RFC 9110 §13.1.2). Answers that bring their own ETag (tiles, own areas, definitions) are left alone. Runs
/// inside response compression, so it hashes the uncompressed body.
/// </summary>
public sealed class ConditionalGet(RequestDelegate next)
{
    private static readonly PathString[] Paths = ["/api/areas", "/api/indicators", "/ogc/collections"];

    public async Task InvokeAsync(HttpContext http)
    {
        if (!HttpMethods.IsGet(http.Request.Method) || !Paths.Any(p => http.Request.Path.StartsWithSegments(p)))
        {
            await next(http);
            return;
        }
        var original = http.Response.Body;
        using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            await next(http);
        }
        finally
        {
            http.Response.Body = original;
        }
        if (http.Response.StatusCode == StatusCodes.Status200OK && !http.Response.Headers.ContainsKey(HeaderNames.ETag))
        {
            var etag = $"W/\"{Convert.ToHexString(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)))[..32].ToLowerInvariant()}\"";
            http.Response.Headers.ETag = etag;
            if (Matches(http.Request.Headers.IfNoneMatch, etag))
            {
                http.Response.StatusCode = StatusCodes.Status304NotModified;
                http.Response.ContentLength = null;
                http.Response.Headers.ContentType = default;
                return;
            }
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(original, http.RequestAborted);
    }

    /// <summary>If-None-Match uses the weak comparison: W/"x" and "x" match (RFC 9110 §13.1.2); * matches any.</summary>
    private static bool Matches(Microsoft.Extensions.Primitives.StringValues header, string etag)
    {
        var opaque = etag[2..];
        return header.SelectMany(v => (v ?? "").Split(',')).Select(t => t.Trim())
            .Any(t => t == "*" || t == etag || t == opaque || (t.StartsWith("W/", StringComparison.Ordinal) && t[2..] == opaque));
    }
}
