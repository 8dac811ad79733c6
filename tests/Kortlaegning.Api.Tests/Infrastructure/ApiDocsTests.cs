using System.Net;

namespace Kortlaegning.Api.Tests.Infrastructure;

/// <summary>Issue 17: /api/docs works offline — the bundled script, no web fonts or other CDN, no telemetry or promotions.</summary>
[Collection(PostGisCollection.Name)]
public class ApiDocsTests(PostGisFixture db)
{
    [Fact]
    public async Task TheReferenceLoadsNothingFromElsewhere()
    {
        var response = await db.Client.GetAsync("/api/docs");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("https://cdn", html);
        Assert.Matches("\"withDefaultFonts\"\\s*:\\s*false", html);
        Assert.Matches("\"telemetry\"\\s*:\\s*false", html);
        Assert.Matches("\"agent\"\\s*:\\s*\\{\"disabled\"\\s*:\\s*true", html);
        // Scripts, styles and fonts come from this service only ('self' and the inline configuration); images may be map tiles.
        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy")).Split(';', StringSplitOptions.TrimEntries);
        foreach (var directive in csp.Where(d => d.StartsWith("script-src", StringComparison.Ordinal) || d.StartsWith("style-src", StringComparison.Ordinal)
                                                 || d.StartsWith("font-src", StringComparison.Ordinal) || d.StartsWith("default-src", StringComparison.Ordinal)))
        {
            Assert.DoesNotContain("://", directive);
        }
    }
}
