using Kortlaegning.Api.Infrastructure.Localisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Mvc;

namespace Kortlaegning.Api.Accounts;

/// <summary>
/// Every 401 and 403 of the service as RFC 9457 ProblemDetails: 401 when the caller is not signed in or its credentials
/// were refused (saying why for tokens, never which part of a password sign-in was wrong), 403 naming the policy that
/// was not met. Replaces the cookie handler's redirects: this is an API, the login page is the web's business.
/// </summary>
internal sealed class AuthProblems(IProblemDetailsService problems) : IAuthorizationMiddlewareResultHandler
{
    public async Task HandleAsync(RequestDelegate next, HttpContext http, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        if (result.Succeeded)
        {
            await next(http);
            return;
        }
        if (http.User.Identity?.IsAuthenticated != true)
        {
            await WriteUnauthorizedAsync(http, problems);
            return;
        }
        var failed = result.AuthorizationFailure?.FailedRequirements.ToList() ?? [];
        var policyName = failed.OfType<RoleRequirement>().Select(r => r.Role).FirstOrDefault()
            ?? (failed.OfType<AnonymousReadRequirement>().Any() ? Infrastructure.Policies.Viewer : null);
        await WriteForbiddenAsync(http, problems, policyName, null);
    }

    public static async Task WriteUnauthorizedAsync(HttpContext http, IProblemDetailsService problems)
    {
        var failure = AuthenticationFailure.Get(http);
        http.Response.StatusCode = StatusCodes.Status401Unauthorized;
        http.Response.Headers.WWWAuthenticate = failure is null
            ? $"{TokenSecrets.Scheme} realm=\"kortlaegning\""
            : $"{TokenSecrets.Scheme} realm=\"kortlaegning\", error=\"invalid_token\"";
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails
            {
                Status = 401,
                Title = failure is null ? "Sign-in required" : "Invalid token",
                Detail = failure ?? "Sign in (POST /api/account/login) or send a personal access token as 'Authorization: Bearer …'.",
            },
        });
    }

    public static async Task WriteForbiddenAsync(HttpContext http, IProblemDetailsService problems, string? policy, string? municipality)
    {
        var mustChange = AccountClaims.MustChangePassword(http.User);
        var detail = mustChange
            ? "Choose a new password first (POST /api/account/password): the one you signed in with was one-time."
            : policy is null
                ? "Your account lacks the right for this request."
                : municipality is null
                    ? Texts.NeedsRole.Format(policy)
                    : Texts.NeedsRoleFor.Format(policy, municipality);
        http.Response.StatusCode = StatusCodes.Status403Forbidden;
        var problem = new ProblemDetails { Status = 403, Title = mustChange ? "Password change required" : "Forbidden", Detail = detail };
        if (policy is not null) problem.Extensions["policy"] = policy;
        if (municipality is not null) problem.Extensions["municipality"] = municipality;
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem });
    }
}
