using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Kortlaegning.Api.Tests;

public class HealthWithoutDatabaseTests
{
    [Fact]
    public async Task HealthIs503WhenTheDatabaseIsUnreachable()
    {
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            // Port 1 on loopback: nothing listens there, the connection is refused at once.
            b.UseSetting("ConnectionStrings:Kortlaegning", "Host=127.0.0.1;Port=1;Username=x;Password=x;Database=x;Timeout=2");
            b.UseSetting("Kortlaegning:MigrateOnStartup", "false");
            b.UseSetting("Kortlaegning:LoadReferenceData", "false");
        });
        using var client = factory.CreateClient();
        var health = await client.GetJsonAsync("/healthz", HttpStatusCode.ServiceUnavailable);
        Assert.Equal("unreachable", health.GetProperty("database").GetString());
        var text = health.ToString();
        Assert.Contains("database unreachable", text);
        Assert.DoesNotContain("127.0.0.1", text);
        Assert.DoesNotContain("Port", text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/api/facilities")]
    [InlineData("/api/areas?level=municipality")]
    [InlineData("/api/indicators")]
    public async Task EveryApiCallIs503WithRetryAfterWhileTheDatabaseIsAway(string url)
    {
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("ConnectionStrings:Kortlaegning", "Host=127.0.0.1;Port=1;Username=x;Password=x;Database=x;Timeout=2");
            b.UseSetting("Kortlaegning:MigrateOnStartup", "false");
            b.UseSetting("Kortlaegning:LoadReferenceData", "false");
            b.UseSetting("Kortlaegning:SeedTiles", "false");
        });
        using var client = factory.CreateClient();
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.DoesNotContain("127.0.0.1", body);
    }
}
