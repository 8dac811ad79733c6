using Kortlaegning.Api.Infrastructure;

namespace Kortlaegning.Api.UnitTests.Infrastructure;

/// <summary>Issue 17: without a configured address, a service listening on every interface puts its LAN address in join links.</summary>
public class PublicBaseUrlTests
{
    private static string? Lan() => "192.168.1.20";

    [Theory]
    [InlineData("http://0.0.0.0:8080", "http://192.168.1.20:8080")]
    [InlineData("http://[::]:8080", "http://192.168.1.20:8080")]
    [InlineData("http://+:5000", "http://192.168.1.20:5000")]
    [InlineData("http://*:80", "http://192.168.1.20")]
    [InlineData("http://127.0.0.1:8080", "http://127.0.0.1:8080")]
    [InlineData("https://kort.example.dk:8443/", "https://kort.example.dk:8443")]
    public void TheFirstListeningAddressWithTheLanForAWildcard(string listening, string expected)
    {
        Assert.Equal(expected, PublicBaseUrl.FromListening([listening], Lan));
    }

    [Fact]
    public void WithoutALanAddressAWildcardIsLocalhostAndNothingIsLocalhost()
    {
        Assert.Equal("http://localhost:8080", PublicBaseUrl.FromListening(["http://0.0.0.0:8080"], () => null));
        Assert.Equal("http://localhost", PublicBaseUrl.FromListening([], Lan));
    }
}
