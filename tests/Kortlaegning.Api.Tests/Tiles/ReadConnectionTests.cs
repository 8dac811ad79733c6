using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Npgsql;

namespace Kortlaegning.Api.Tests.Tiles;

/// <summary>
/// ConnectionStrings:KortlaegningRead (docs/deployment.md): tiles read from it, writes stay on the primary. A read
/// server that cannot be reached makes tiles answer 503 while a write on the same host still succeeds.
/// </summary>
[Collection(PostGisCollection.Name)]
public class ReadConnectionTests(PostGisFixture db)
{
    [Fact]
    public async Task TilesReadFromTheReadConnectionAndWritesStayOnThePrimary()
    {
        var unreachable = new NpgsqlConnectionStringBuilder(db.ConnectionString) { Port = 1, Timeout = 2 }.ConnectionString;
        await using var host = db.Factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("Kortlaegning:MigrateOnStartup", "false");
            b.UseSetting("Kortlaegning:LoadReferenceData", "false");
            b.UseSetting("ConnectionStrings:KortlaegningRead", unreachable);
        });
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", await db.TokenAsync("test-admin@localhost", "admin", null));

        var tile = await client.GetAsync("/tiles/municipalities/7/67/40.mvt");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, tile.StatusCode);
        var created = await client.PostAsJsonAsync("/api/workshops", new
        {
            title = "Læseforbindelse",
            municipality = "561",
            date = "2026-03-14",
            focus = new { parishes = new[] { "8907" } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await db.Client.GetAsync("/tiles/municipalities/7/67/40.mvt")).StatusCode); // without it: the primary
    }
}
