namespace Kortlaegning.Api.Infrastructure.Security;

/// <summary>Browser-facing hardening, bound from <c>Kortlaegning:Security</c> (appsettings.json shows the defaults).</summary>
public sealed class SecurityOptions
{
    public const string Section = "Kortlaegning:Security";

    /// <summary>Origins (scheme://host[:port]) whose pages may call the API from a browser (CORS); none by default.</summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>Image sources besides the service itself (the OpenStreetMap background).</summary>
    public string[] ImageSources { get; set; } = ["https://tile.openstreetmap.org"];
}
