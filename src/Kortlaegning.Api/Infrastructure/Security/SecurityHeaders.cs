using Microsoft.Extensions.Options;

namespace Kortlaegning.Api.Infrastructure.Security;

/// <summary>
/// Headers on every answer: a Content-Security-Policy that allows scripts from this origin only (no inline script, so
/// injected markup cannot run), no framing (frame-ancestors), no MIME sniffing, no referrer (join links and facilitator
/// URLs must not leak). The API reference (/api/docs, Scalar) configures itself with an inline script and is the one
/// page that gets <c>'unsafe-inline'</c>; it shows no data of its own.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next, IOptions<SecurityOptions> options)
{
    private readonly string _csp = Policy(options.Value, "'self'");
    private readonly string _docsCsp = Policy(options.Value, "'self' 'unsafe-inline'");

    private static string Policy(SecurityOptions o, string scripts) =>
        $"default-src 'self'; script-src {scripts}; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: {string.Join(' ', o.ImageSources)}; "
        + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext http)
    {
        var h = http.Response.Headers;
        h.ContentSecurityPolicy = http.Request.Path.StartsWithSegments("/api/docs") ? _docsCsp : _csp;
        h.XContentTypeOptions = "nosniff";
        h.XFrameOptions = "DENY";
        h["Referrer-Policy"] = "no-referrer";
        h["Cross-Origin-Opener-Policy"] = "same-origin";
        return next(http);
    }
}
