using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kortlaegning.Api.Network;
using Kortlaegning.Domain.Network;
using Microsoft.Extensions.DependencyInjection;

namespace Kortlaegning.Api.Tests.Network;

/// <summary>
/// The synthetic river grid imported through osm2pgrouting into the test database (once for the class), then read back
/// as the in-memory graph: hand-computed distances, pgRouting's own pgr_dijkstraCost, /healthz, the isochrone and access.
/// </summary>
[Collection(PostGisCollection.Name)]
public class NetworkApiTests(PostGisFixture db)
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static NetworkLoad? _load;

    private async Task<NetworkDistance> WalkAsync()
    {
        await Gate.WaitAsync();
        try
        {
            _load ??= await db.Factory.Services.GetRequiredService<NetworkImporter>()
                .ImportAsync(new NetworkImportRequest(SyntheticStreets.WriteOsm(), NetworkProfile.Walk, "0727"), CancellationToken.None);
        }
        finally
        {
            Gate.Release();
        }
        return (await db.Factory.Services.GetRequiredService<NetworkGraphs>().GetAsync(NetworkProfile.Walk, CancellationToken.None))!;
    }

    [Fact]
    public async Task TheImportKeepsWalkableWaysOnlyAndSplitsThemAtJunctions()
    {
        var walk = await WalkAsync();
        // 6 columns × 5 blocks, 6 rows × 2 banks × 2 blocks, and the footbridge; the motorway is not walkable.
        Assert.Equal(6 * 5 + 6 * 2 * 2 + 1, walk.Graph.EdgeCount);
        Assert.Equal(36, walk.Graph.VertexCount);
        Assert.Equal(walk.Graph.EdgeCount, _load!.Edges);
    }

    [Fact]
    public async Task NetworkDistancesEqualTheHandComputedOnes()
    {
        var walk = await WalkAsync();
        Assert.Equal(1_100, walk.Between(SyntheticStreets.At(2, 0), SyntheticStreets.At(3, 0)), 2);
        Assert.Equal(700, walk.Between(SyntheticStreets.At(2, 2), SyntheticStreets.At(3, 2)), 2);
        Assert.Equal(1_000, walk.Between(SyntheticStreets.At(0, 0), SyntheticStreets.At(5, 5)), 2);
        // 30 m north of the street on row 0, halfway along the block: 30 + 50 + the 1,100 m round + 0.
        Assert.Equal(30 + 50 + 1_100, walk.Between(SyntheticStreets.At(1.5, 0.3), SyntheticStreets.At(3, 0)), 2);
    }

    [Fact]
    public async Task PgRoutingAgreesWithTheInProcessProviderToTheCentimetre()
    {
        var walk = await WalkAsync();
        var store = db.Factory.Services.GetRequiredService<NetworkStore>();
        var g = walk.Graph;
        var rng = new Random(19);
        for (int k = 0; k < 25; k++)
        {
            int a = rng.Next(g.VertexCount), b = rng.Next(g.VertexCount);
            if (a == b) continue;
            double? pgr = await store.DijkstraCostAsync(NetworkProfile.Walk, g.VertexIds[a], g.VertexIds[b], CancellationToken.None);
            double ours = walk.Between(new(g.X[a], g.Y[a]), new(g.X[b], g.Y[b]));
            Assert.NotNull(pgr);
            Assert.True(Math.Abs(pgr!.Value - ours) < 0.01, $"vertex {g.VertexIds[a]} → {g.VertexIds[b]}: pgRouting {pgr} m, in process {ours} m");
        }
    }

    [Fact]
    public async Task HealthSaysWhichNetworkIsLoaded()
    {
        await WalkAsync();
        using var doc = JsonDocument.Parse(await db.Client.GetStringAsync("/healthz"));
        var network = doc.RootElement.GetProperty("network");
        Assert.True(network.GetProperty("loaded").GetBoolean());
        var walk = network.GetProperty("networks").EnumerateArray().Single(n => n.GetProperty("profile").GetString() == "walk");
        Assert.Equal(55, walk.GetProperty("edges").GetInt32());
    }

    [Fact]
    public async Task TheIsochroneCoversTheReachedStreetsAndNamesTheProvider()
    {
        await WalkAsync();
        var (lon, lat) = SyntheticStreets.LonLat(2, 0);
        using var doc = JsonDocument.Parse(await db.Client.GetStringAsync(string.Create(CultureInfo.InvariantCulture,
            $"/api/network/isochrone?lon={lon:F7}&lat={lat:F7}&minutes=2.5&mode=walk")));
        var root = doc.RootElement;
        Assert.Equal("network:walk", root.GetProperty("distance").GetString());
        Assert.Equal(200, root.GetProperty("metres").GetDouble(), 6);
        var streets = root.GetProperty("features").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "streets");
        Assert.Equal("MultiLineString", streets.GetProperty("geometry").GetProperty("type").GetString());
        // 200 m from the corner by the river (the motorway east is no street): two blocks west, two north, and one
        // block on from each of the two corners met after 100 m; where the 200 m end exactly at corners no stub is drawn.
        Assert.Equal(6, streets.GetProperty("properties").GetProperty("segments").GetInt32());
    }

    /// <summary>
    /// Issue 19's planning test: residents at (1, 0) west of the river (5) and (3, 0) east of it (10); candidate c1 at
    /// (2, 0) on the west bank is 100 m from both in a straight line, c2 at (4, 1) on the east bank 141 m from (3, 0).
    /// Within 250 m in a straight line c1 covers all 15, so it wins; on foot the river puts (3, 0) 1,100 m from c1, and
    /// c2 (200 m away along the streets) covers more.
    /// </summary>
    [Theory]
    [InlineData("straight", "c1", 15)]
    [InlineData("walk", "c2", 10)]
    public async Task WalkingDistanceMovesTheSpotWhereTheRiverMakesTheStraightLineWrong(string distance, string chosen, double covered)
    {
        await WalkAsync();
        object Point(string id, double c, double r, double? weight = null)
        {
            var (lon, lat) = SyntheticStreets.LonLat(c, r);
            return weight is null ? new { id, lon, lat } : new { id, lon, lat, weight };
        }
        var body = new
        {
            objective = "mclp",
            k = 1,
            radiusMetres = 250,
            distance,
            demand = new[] { Point("west", 1, 0, 5), Point("east", 3, 0, 10) },
            candidates = new[] { Point("c1", 2, 0), Point("c2", 4, 1) },
        };
        var result = await Json.ReadAsync(await db.Client.PostAsJsonAsync("/api/plans/solve", body), HttpStatusCode.OK);
        Assert.Equal(chosen, result.GetProperty("selected")[0].GetString());
        Assert.Equal(covered, result.GetProperty("coveredWeight").GetDouble(), 6);
        Assert.Equal(distance == "walk" ? "network:walk" : "euclidean", result.GetProperty("distance").GetString());
    }

    [Fact]
    public async Task PlanningWithANetworkThatIsNotLoadedIsAConflictAndAnUnknownDistanceIsABadField()
    {
        var (lon, lat) = SyntheticStreets.LonLat(1, 1);
        var body = new Dictionary<string, object>
        {
            ["objective"] = "mclp",
            ["k"] = 1,
            ["radiusMetres"] = 250,
            ["distance"] = "bike",
            ["demand"] = new[] { new { id = "d", lon, lat, weight = 1 } },
            ["candidates"] = new[] { new { id = "c", lon, lat } },
        };
        var conflict = await Json.ReadAsync(await db.Client.PostAsJsonAsync("/api/plans/solve", body), HttpStatusCode.Conflict);
        Assert.Contains("import network", conflict.GetProperty("detail").GetString()!, StringComparison.Ordinal);
        body["distance"] = "fly";
        var bad = await Json.ReadAsync(await db.Client.PostAsJsonAsync("/api/plans/solve", body), HttpStatusCode.BadRequest);
        Assert.True(bad.GetProperty("errors").TryGetProperty("distance", out _));
    }

    [Fact]
    public async Task AskingForANetworkThatIsNotLoadedIsAConflictNamingTheImportCommand()
    {
        var response = await db.Client.GetAsync("/api/network/isochrone?lon=10.16&lat=55.975&mode=bike");
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("import network", await response.Content.ReadAsStringAsync());
        var access = await db.Client.GetAsync("/api/access?type=gp_clinic&mode=bike");
        Assert.Equal(HttpStatusCode.Conflict, access.StatusCode);
    }

    [Fact]
    public async Task AccessWithModeWalkSaysTheProviderAndCountsUnreachablePoints()
    {
        await WalkAsync();
        var response = await db.Client.GetAsync("/api/access?type=gp_clinic&level=municipality&municipality=0727&mode=walk");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        using var doc = JsonDocument.Parse(text);
        Assert.Equal("network:walk", doc.RootElement.GetProperty("distance").GetString());
        Assert.Contains("unreachable", doc.RootElement.GetProperty("methodNote").GetString());
    }

    [Fact]
    public async Task AnExtractWithoutWaysInTheMunicipalityIsRefusedWithExitCodeOne()
    {
        await WalkAsync();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "Kortlaegning.Api.dll"), "import", "network", "--file", SyntheticStreets.WriteOsm(), "--municipality", "0101" })
        {
            start.ArgumentList.Add(a);
        }
        start.Environment["ConnectionStrings__Kortlaegning"] = db.ConnectionString;
        start.Environment["Kortlaegning__LoadReferenceData"] = "false";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        string all = await output + await errors;
        Assert.True(process.ExitCode == 1, all);
        Assert.Contains("within municipality 0101", all);
        // The walk network imported before is still there, unchanged.
        Assert.Equal(55L, await db.ScalarAsync<long>("SELECT count(*) FROM network_edges WHERE profile = 'walk'"));
    }
}
