using Kortlaegning.Api.Accounts;
using Kortlaegning.Api.Infrastructure.Localisation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Kortlaegning.Api.Infrastructure.Security;

/// <summary>Marks an anonymous endpoint that still needs the CSRF header (sign-in: no logging a victim into another account).</summary>
public sealed class CsrfHeaderRequired;

/// <summary>
/// Runs after authentication. Refuses (401) a request whose bearer token was refused, whatever the endpoint; and refuses
/// (403) a POST/PUT/PATCH/DELETE authenticated by the session cookie that lacks <see cref="AuthOptions.CsrfHeader"/>.
/// The cookie is SameSite=Strict already; the header is the second lock: a page on another origin cannot add a custom
/// header without a CORS preflight, which this service answers only for configured origins — so a form post or a
/// no-cors fetch of a Blob fails here. Token requests are not affected: a browser never sends a token by itself.
/// </summary>
internal sealed class CsrfGuard(RequestDelegate next, IOptions<AuthOptions> options, IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext http)
    {
        if (AuthenticationFailure.Get(http) is not null)
        {
            await AuthProblems.WriteUnauthorizedAsync(http, problems);
            return;
        }
        var method = http.Request.Method;
        var unsafeMethod = !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method));
        var byCookie = http.User.Identity is { IsAuthenticated: true, AuthenticationType: var type } && type == IdentityConstants.ApplicationScheme;
        var marked = http.GetEndpoint()?.Metadata.GetMetadata<CsrfHeaderRequired>() is not null;
        if (unsafeMethod && (byCookie || marked) && string.IsNullOrEmpty(http.Request.Headers[options.Value.CsrfHeader]))
        {
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails = new ProblemDetails
                {
                    Status = 403,
                    Title = "Cross-site request refused",
                    Detail = Texts.CsrfHeader.Format(options.Value.CsrfHeader),
                },
            });
            return;
        }
        await next(http);
    }
}
