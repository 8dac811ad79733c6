namespace Kortlaegning.Api.Infrastructure.Security;

/// <summary>Browser-facing hardening, bound from <c>Kortlaegning:Security</c> (appsettings.json shows the defaults).</summary>
public sealed class SecurityOptions
{
    public const string Section = "Kortlaegning:Security";

    /// <summary>Origins (scheme://host[:port]) whose pages may call the API from a browser (CORS); none by default.</summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>Image sources besides the service itself (the OpenStreetMap background).</summary>
    public string[] ImageSources { get; set; } = ["https://tile.openstreetmap.org"];

    /// <summary>Requests a minute per client address and replica on the costly or guessable endpoints (issue 18).</summary>
    public RateLimitOptions RateLimits { get; set; } = new();
}

/// <summary>
/// Per-minute permits of the ASP.NET Core rate limiter, one fixed window per client address and endpoint family;
/// generous by default (a workshop room behind one NAT address joins from one address), lower them where you can.
/// </summary>
public sealed class RateLimitOptions
{
    /// <summary>POST /api/workshops/join: guessing join codes.</summary>
    public int JoinPerMinute { get; set; } = 300;

    /// <summary>Area, facility, indicator and follow-up imports.</summary>
    public int ImportsPerMinute { get; set; } = 60;

    /// <summary>POST /api/areas/estimate.</summary>
    public int EstimatesPerMinute { get; set; } = 300;

    /// <summary>POST /api/plans/solve and scenario runs (the solve gate limits how many run at once besides).</summary>
    public int SolvesPerMinute { get; set; } = 60;
}

/// <summary>Names of the rate-limit policies (<c>.RequireRateLimiting(RateLimitPolicies.X)</c>).</summary>
public static class RateLimitPolicies
{
    public const string Join = "join";
    public const string Imports = "imports";
    public const string Estimates = "estimates";
    public const string Solves = "solves";
}
