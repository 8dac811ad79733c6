using System.Globalization;
using System.Threading.RateLimiting;
using Kortlaegning.Api.Accounts;
using Kortlaegning.Api.Infrastructure.Localisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Kortlaegning.Api.Infrastructure.Security;

/// <summary>CORS for configured origins, the rate limits (sign-in, join, imports, estimates, solves), and the order of the security middleware.</summary>
public static class SecurityServices
{
    public static IServiceCollection AddSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.Section);
        var origins = configuration.GetSection(SecurityOptions.Section).Get<SecurityOptions>()?.AllowedOrigins ?? [];
        services.AddCors(o => o.AddDefaultPolicy(p =>
        {
            // No origins configured: no CORS answer at all, so other origins can neither read nor preflight.
            if (origins.Length > 0) p.WithOrigins(origins).AllowAnyMethod().AllowAnyHeader().WithExposedHeaders("ETag", "Location");
        }));
        services.AddRateLimiter(o =>
        {
            // Per client address and per replica (DESIGN.md §7): low enough that a few replicas together still hold.
            o.AddPolicy(AccountEndpoints.SignInLimiter, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = http.RequestServices.GetRequiredService<IOptions<AuthOptions>>().Value.SignInPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
            void PerClient(string policy, Func<RateLimitOptions, int> permits) => o.AddPolicy(policy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Math.Max(1, permits(http.RequestServices.GetRequiredService<IOptions<SecurityOptions>>().Value.RateLimits)),
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
            PerClient(RateLimitPolicies.Join, r => r.JoinPerMinute);
            PerClient(RateLimitPolicies.Imports, r => r.ImportsPerMinute);
            PerClient(RateLimitPolicies.Estimates, r => r.EstimatesPerMinute);
            PerClient(RateLimitPolicies.Solves, r => r.SolvesPerMinute);
            o.OnRejected = async (context, ct) =>
            {
                var http = context.HttpContext;
                var retry = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? (int)Math.Ceiling(after.TotalSeconds) : 60;
                http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                http.Response.Headers.RetryAfter = retry.ToString(CultureInfo.InvariantCulture);
                await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails = new ProblemDetails { Status = 429, Title = "Too many requests", Detail = Texts.TooManyRequestsDetail.Format(retry) },
                });
            };
        });
        return services;
    }

    /// <summary>Headers first (every answer carries them), then CORS and the rate limiter before authentication.</summary>
    public static void UseSecurityHeaders(this IApplicationBuilder app) => app.UseMiddleware<SecurityHeaders>();

    public static void UseCsrfGuard(this IApplicationBuilder app) => app.UseMiddleware<CsrfGuard>();
}
