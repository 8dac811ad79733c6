using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Kortlaegning.Api.Infrastructure;

/// <summary>
/// The service's public address for absolute links (join QR codes, facilitator screens), from configuration only: a
/// Host header is the client's to choose, so a link built from it could point a participant anywhere (issue 18).
/// </summary>
public static class PublicBaseUrl
{
    public static string Of(IServiceProvider services, string? featureSetting = null)
    {
        var configured = services.GetRequiredService<IOptions<KortlaegningOptions>>().Value.PublicBaseUrl;
        if (!string.IsNullOrWhiteSpace(configured)) return configured.TrimEnd('/');
        if (!string.IsNullOrWhiteSpace(featureSetting)) return featureSetting.TrimEnd('/');
        var addresses = services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
        {
            if (!Uri.TryCreate(address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal)
                .Replace("://[::]", "://localhost", StringComparison.Ordinal).Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal), UriKind.Absolute, out var uri)) continue;
            return uri.GetLeftPart(UriPartial.Authority);
        }
        return "http://localhost";
    }
}
