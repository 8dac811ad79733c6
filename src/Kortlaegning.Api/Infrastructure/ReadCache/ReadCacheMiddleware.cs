using System.Security.Cryptography;
using Kortlaegning.Api.Accounts;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Kortlaegning.Api.Infrastructure.ReadCache;

/// <summary>
/// The reads analysts' clients and the map repeat — area lists and single areas, profiles, indicator lists and values,
/// OGC collections and items — answered from memory while the data behind them is unchanged, with ETag and 304.
/// <para>
/// The key is the data version (<see cref="ReadVersionStore"/>), the path and query, the Accept header, the answer's
/// language and which drafts the caller sees (<see cref="Publication.DraftKey"/>), so an answer is only ever served
/// to a caller who would get the same bytes: a planner's drafts never reach anyone else. It runs after authorisation,
/// so a caller who may not read gets no cached answer either. Only a 200 without cookies and without an ETag of its
/// own (tiles, own areas and definitions have theirs) is kept, with the headers the endpoint set (never CORS headers,
/// which depend on the request's Origin).
/// </para>
/// <para>
/// The ETag is a hash of the answer (weak, RFC 9110 §8.8.3), computed once when it is built, so it changes exactly
/// when the bytes do — not with every unrelated write — and a matching If-None-Match gets 304 without a body
/// (RFC 9110 §13.1.2). The version is read from the database on every request, before the answer is built, so an
/// answer is at least as new as its label, and every replica sees a write as soon as it has committed — a client reads
/// its own write at once, wherever the proxy sends it. That read is one small query; building the answer again was up
/// to tens of milliseconds (docs/benchmarks.md).
/// </para>
/// </summary>
public sealed class ReadCacheMiddleware(RequestDelegate next, ReadVersionStore versions, ReadCacheMemory memory, ICurrentUser user, ILogger<ReadCacheMiddleware> log)
{
    private static readonly PathString[] Paths = ["/api/areas", "/api/indicators", "/ogc/collections"];

    /// <summary>Headers the endpoint does not own, or that must not be replayed to another caller.</summary>
    private static readonly HashSet<string> NotReplayed = new(StringComparer.OrdinalIgnoreCase)
    {
        HeaderNames.Date, HeaderNames.Server, HeaderNames.ContentLength, HeaderNames.TransferEncoding, HeaderNames.SetCookie, HeaderNames.ETag,
    };

    /// <summary>Answers larger than this are built every time rather than held (the whole parish collection is ~2 MB).</summary>
    private const int MaxBytes = 8 * 1024 * 1024;

    public async Task InvokeAsync(HttpContext http)
    {
        if (!HttpMethods.IsGet(http.Request.Method) || !Paths.Any(p => http.Request.Path.StartsWithSegments(p)))
        {
            await next(http);
            return;
        }
        long version;
        try
        {
            version = await versions.CurrentAsync(http.RequestAborted);
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or TimeoutException)
        {
            log.LogDebug(e, "No read version; answering without the cache");
            await next(http); // the endpoint meets the same database and answers 503 as every call does
            return;
        }
        var key = Key(http, version);
        if (memory.TryGet(key, out var cached))
        {
            foreach (var (name, value) in cached.Headers) http.Response.Headers[name] = value;
            await WriteAsync(http, cached.ETag, cached.Body);
            return;
        }
        var before = http.Response.Headers.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase);
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
        var body = buffer.ToArray();
        if (http.Response.StatusCode != StatusCodes.Status200OK || http.Response.Headers.ContainsKey(HeaderNames.ETag))
        {
            // An empty body is not written: writing starts the response, and the status code pages further out then
            // could not give a bare 404 or 405 its ProblemDetails body.
            if (body.Length > 0) await original.WriteAsync(body, http.RequestAborted);
            return;
        }
        var etag = $"W/\"{Convert.ToHexString(SHA256.HashData(body))[..32].ToLowerInvariant()}\"";
        if (!http.Response.Headers.ContainsKey(HeaderNames.SetCookie) && body.Length <= MaxBytes)
        {
            var headers = http.Response.Headers.Where(h => !before.Contains(h.Key) && !NotReplayed.Contains(h.Key)
                && !h.Key.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase)).ToArray();
            memory.Set(key, new CachedAnswer(headers, etag, body));
        }
        await WriteAsync(http, etag, body);
    }

    private static async Task WriteAsync(HttpContext http, string etag, byte[] body)
    {
        http.Response.Headers.ETag = etag;
        if (Matches(http.Request.Headers.IfNoneMatch, etag))
        {
            http.Response.StatusCode = StatusCodes.Status304NotModified;
            http.Response.ContentLength = null;
            http.Response.Headers.ContentType = default;
            return;
        }
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentLength = body.Length;
        await http.Response.Body.WriteAsync(body, http.RequestAborted);
    }

    private string Key(HttpContext http, long version)
    {
        var language = http.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture.Name ?? "";
        return $"{version}|{Publication.DraftKey(user)}|{language}|{http.Request.Headers.Accept}|{http.Request.Path}{http.Request.QueryString}";
    }

    /// <summary>If-None-Match uses the weak comparison: W/"x" and "x" match (RFC 9110 §13.1.2); * matches any.</summary>
    private static bool Matches(StringValues header, string etag)
    {
        var opaque = etag[2..];
        return header.SelectMany(v => (v ?? "").Split(',')).Select(t => t.Trim())
            .Any(t => t == "*" || t == etag || t == opaque || (t.StartsWith("W/", StringComparison.Ordinal) && t[2..] == opaque));
    }
}

/// <summary>An answer kept by <see cref="ReadCacheMiddleware"/>: the endpoint's own headers, its ETag and its bytes.</summary>
public sealed record CachedAnswer(KeyValuePair<string, StringValues>[] Headers, string ETag, byte[] Body);

/// <summary>The kept answers, bounded by <see cref="KortlaegningOptions.ReadCacheMegabytes"/> (0 turns the cache off).</summary>
public sealed class ReadCacheMemory : IDisposable
{
    private readonly MemoryCache? _cache;

    public ReadCacheMemory(IOptions<KortlaegningOptions> options)
    {
        long bytes = options.Value.ReadCacheMegabytes * 1024L * 1024L;
        if (bytes > 0) _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = bytes });
    }

    public bool TryGet(string key, out CachedAnswer answer)
    {
        answer = null!;
        return _cache is not null && _cache.TryGetValue(key, out answer!);
    }

    // Keys hold the version, so after a write the old answers are never asked for again and age out.
    public void Set(string key, CachedAnswer answer) =>
        _cache?.Set(key, answer, new MemoryCacheEntryOptions { Size = answer.Body.Length + 512, SlidingExpiration = TimeSpan.FromMinutes(10) });

    public void Dispose() => _cache?.Dispose();
}
