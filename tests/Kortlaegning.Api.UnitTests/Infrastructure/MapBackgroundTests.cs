using Kortlaegning.Api.Map;

namespace Kortlaegning.Api.UnitTests.Infrastructure;

/// <summary>Issue 17: a configured background's origin goes into the page's img-src (and nothing else does).</summary>
public class MapBackgroundTests
{
    [Theory]
    [InlineData("https://tile.openstreetmap.org/{z}/{x}/{y}.png", "https://tile.openstreetmap.org")]
    [InlineData("https://api.dataforsyningen.dk/topo_skaermkort_DAF?token=abc", "https://api.dataforsyningen.dk")]
    [InlineData("http://tiles.local:8081/{z}/{x}/{y}.png", "http://tiles.local:8081")]
    [InlineData("not a url", null)]
    public void TheOriginOfItsTiles(string url, string? origin)
    {
        Assert.Equal(origin, new MapBackground { Url = url }.Origin);
    }
}
