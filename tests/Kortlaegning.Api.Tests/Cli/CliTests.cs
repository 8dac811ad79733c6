using System.Diagnostics;

namespace Kortlaegning.Api.Tests.Cli;

/// <summary>The command line of the real executable (Kortlaegning.Api.dll beside the tests) against the test database.</summary>
[Collection(PostGisCollection.Name)]
public class CliTests(PostGisFixture db)
{
    private async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Kortlaegning.Api.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["ConnectionStrings__Kortlaegning"] = db.ConnectionString;
        start.Environment["Kortlaegning__LoadReferenceData"] = "false";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await stdout + await stderr);
    }

    private static string File(string json)
    {
        var path = Path.Combine(Path.GetTempPath(), $"kortlaegning-cli-{Guid.NewGuid():N}.geojson");
        System.IO.File.WriteAllText(path, json);
        return path;
    }

    [Fact]
    public async Task ImportAreasPrintsASummaryAndWritesTheAreas()
    {
        var path = File("""
            {"type":"FeatureCollection","features":[
              {"type":"Feature","properties":{"id":"cli-a","navn":"Lokalsamfund A"},"geometry":{"type":"Polygon","coordinates":[[[10.10,55.90],[10.12,55.90],[10.12,55.91],[10.10,55.90]]]}},
              {"type":"Feature","properties":{"id":"cli-a","navn":"Lokalsamfund A"},"geometry":{"type":"Polygon","coordinates":[[[10.13,55.90],[10.14,55.90],[10.14,55.91],[10.13,55.90]]]}}]}
            """);
        // Two pieces of one local community: own levels refuse a repeated code unless --dissolve says they are one area.
        var (exit, output) = await RunAsync("import", "areas", "--level", "local_community", "--file", path, "--code-field", "id", "--name-field", "navn", "--dissolve");
        Assert.True(exit == 0, output);
        Assert.Contains("2 features read", output);
        Assert.Contains("1 areas written", output);
        Assert.Equal(1L, await db.ScalarAsync<long>("SELECT count(*) FROM areas WHERE level = 'local_community' AND code = 'cli-a'"));
    }

    [Fact]
    public async Task ARejectedFeatureExitsWithOneAndWritesNothing()
    {
        var path = File("""
            {"type":"FeatureCollection","features":[
              {"type":"Feature","properties":{"id":"cli-ok"},"geometry":{"type":"Polygon","coordinates":[[[10.10,55.90],[10.12,55.90],[10.12,55.91],[10.10,55.90]]]}},
              {"type":"Feature","properties":{"id":"cli-bad"},"geometry":null}]}
            """);
        var (exit, output) = await RunAsync("import", "areas", "--level", "local_community", "--file", path, "--code-field", "id");
        Assert.Equal(1, exit);
        // Rows are 1-based feature numbers, as the API's rows[n].
        Assert.Contains("row 2 geometry: no geometry", output);
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM areas WHERE code LIKE 'cli-%' AND code <> 'cli-a'"));
    }

    [Fact]
    public async Task ARepeatedCodeWithoutDissolveExitsWithOneNamingBothRows()
    {
        var path = File("""
            {"type":"FeatureCollection","features":[
              {"type":"Feature","properties":{"id":"cli-dup"},"geometry":{"type":"Polygon","coordinates":[[[10.10,55.90],[10.12,55.90],[10.12,55.91],[10.10,55.90]]]}},
              {"type":"Feature","properties":{"id":"cli-dup"},"geometry":{"type":"Polygon","coordinates":[[[10.13,55.90],[10.14,55.90],[10.14,55.91],[10.13,55.90]]]}}]}
            """);
        var (exit, output) = await RunAsync("import", "areas", "--level", "local_community", "--file", path, "--code-field", "id");
        Assert.Equal(1, exit);
        Assert.Contains("rows 1 and 2", output);
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM areas WHERE code = 'cli-dup'"));
    }

    [Fact]
    public async Task UsageErrorsExitWithTwo()
    {
        var (exit, output) = await RunAsync("import", "areas", "--level", "shire");
        Assert.Equal(2, exit);
        Assert.Contains("usage:", output);
    }
}
