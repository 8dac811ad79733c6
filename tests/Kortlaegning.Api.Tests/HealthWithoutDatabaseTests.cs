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
    }
}
