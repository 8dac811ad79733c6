using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Kortlaegning.Api.Infrastructure;

/// <summary>
/// The service's public address for absolute links (join QR codes, facilitator screens), from configuration only: a
/// Host header is the client's to choose, so a link built from it could point a participant anywhere (issue 18).
/// Without configuration it is the first address Kestrel listens on; where that is every interface (0.0.0.0, [::], +,
/// *), the machine's LAN address, so residents' phones on the same network can open the join link (issue 17).
/// </summary>
public static class PublicBaseUrl
{
    public static string Of(IServiceProvider services, string? featureSetting = null)
    {
        var configured = services.GetRequiredService<IOptions<KortlaegningOptions>>().Value.PublicBaseUrl;
        if (!string.IsNullOrWhiteSpace(configured)) return configured.TrimEnd('/');
        if (!string.IsNullOrWhiteSpace(featureSetting)) return featureSetting.TrimEnd('/');
        var addresses = services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        return FromListening(addresses, LanAddress);
    }

    /// <summary>The first listening address as an origin; a wildcard host becomes <paramref name="lan"/>'s answer, else localhost.</summary>
    public static string FromListening(IEnumerable<string> addresses, Func<string?> lan)
    {
        foreach (var address in addresses)
        {
            var host = address.Split("://", 2) is [_, var rest] ? rest.Split('/')[0] : "";
            var port = host.LastIndexOf(':') is var colon and > 0 && !host.EndsWith(']') ? host[colon..] : "";
            var name = port.Length > 0 ? host[..^port.Length] : host;
            var wildcard = name is "0.0.0.0" or "[::]" or "+" or "*";
            var origin = wildcard ? address.Replace(name, lan() ?? "localhost", StringComparison.Ordinal) : address;
            if (Uri.TryCreate(origin, UriKind.Absolute, out var uri)) return uri.GetLeftPart(UriPartial.Authority);
        }
        return "http://localhost";
    }

    /// <summary>
    /// The IPv4 address of the first interface that is up, not loopback and has a gateway (the LAN a phone shares), or
    /// of the first that is up and not loopback; null when there is none.
    /// </summary>
    private static string? LanAddress()
    {
        var up = NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .Select(n => (n.GetIPProperties(), Gateway: n.GetIPProperties().GatewayAddresses.Count > 0))
            .OrderByDescending(n => n.Gateway)
            .SelectMany(n => n.Item1.UnicastAddresses.Select(a => a.Address))
            .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a));
        return up?.ToString();
    }
}
