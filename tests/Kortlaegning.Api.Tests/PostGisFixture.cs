using System.Net.Http.Headers;
using Kortlaegning.Api.Accounts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Kortlaegning.Api.Tests;

/// <summary>
/// One throw-away database on the local PostGIS that `make test` starts, migrated and loaded with the real
/// reference data by the service's own start-up, shared by every integration test and dropped afterwards.
/// There is no skip: without PostGIS (or without ../shared/data) these tests fail.
/// </summary>
public sealed class PostGisFixture : IAsyncLifetime
{
    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("KORTLAEGNING_TEST_SERVER")
        ?? "Host=127.0.0.1;Port=55432;Username=kortlaegning;Password=kortlaegning;Database=postgres";

    private readonly string _database = $"kortlaegning_test_{DateTime.UtcNow:yyyyMMddHHmmss}_{Guid.NewGuid():N}"[..48];

    public string ConnectionString { get; private set; } = "";

    public WebApplicationFactory<Program> Factory { get; private set; } = null!;

    /// <summary>Signed in as a national admin by a bearer token, so tests of features write as before accounts existed.</summary>
    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await using (var conn = new NpgsqlConnection(ServerConnectionString))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", conn);
            await cmd.ExecuteNonQueryAsync();
        }
        ConnectionString = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = _database }.ConnectionString;
        Factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("ConnectionStrings:Kortlaegning", ConnectionString);
            b.UseSetting("Kortlaegning:DataDir", "../shared/data");
            b.UseSetting("Kortlaegning:SeedTiles", "false"); // deterministic load on the database under test
            // Every test client comes from one address; the limit itself is tested with its own host.
            b.UseSetting("Kortlaegning:Auth:SignInPerMinute", "10000");
            foreach (var limit in new[] { "JoinPerMinute", "ImportsPerMinute", "EstimatesPerMinute", "SolvesPerMinute" })
                b.UseSetting($"Kortlaegning:Security:RateLimits:{limit}", "100000");
            b.UseSetting("Kortlaegning:Auth:AdminPasswordFile", Path.Combine(Path.GetTempPath(), _database, "admin-password.txt"));
        });
        using (AnonymousClient()) { } // starts the host: migrations and reference data load here
        Client = await ClientForAsync("test-admin@localhost", "admin", null);
    }

    /// <summary>A client that sends no credentials.</summary>
    public HttpClient AnonymousClient() => Factory.CreateClient();

    /// <summary>A client authenticated by a bearer token of an account holding the grant (created if missing).</summary>
    public async Task<HttpClient> ClientForAsync(string email, string role, string? municipality)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(email, role, municipality));
        return client;
    }

    /// <summary>Creates (or extends) the account with the grant and answers a new token for it, as `users token` does.</summary>
    public async Task<string> TokenAsync(string email, string role, string? municipality, int days = 1)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var admin = scope.ServiceProvider.GetRequiredService<UserAdministration>();
        var added = await admin.AddAsync(email, role, municipality, default);
        if (!added.Succeeded) throw new InvalidOperationException(string.Join(" ", added.Errors.ToDictionary().SelectMany(kv => kv.Value)));
        var store = scope.ServiceProvider.GetRequiredService<AccountStore>();
        var (_, token) = await store.CreateTokenAsync(added.Account!.Id, "test", DateTimeOffset.UtcNow.AddDays(days), default);
        return token;
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var conn = new NpgsqlConnection(ServerConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", conn);
        await cmd.ExecuteNonQueryAsync();
    }

    /// <summary>Runs a scalar query against the test database (for checking what was or was not written).</summary>
    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var conn = new NpgsqlConnection(ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        return (T)(await cmd.ExecuteScalarAsync())!;
    }
}

[CollectionDefinition(Name)]
public sealed class PostGisCollection : ICollectionFixture<PostGisFixture>
{
    public const string Name = "PostGIS";
}
