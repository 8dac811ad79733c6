using Microsoft.Extensions.DependencyInjection;

namespace Kortlaegning.Api.Tests.Infrastructure;

/// <summary>
/// The read cache (issue 18, load): answers kept while the data version stands, and the version moved by every write
/// to a table the reads use — through the API or straight in SQL.
/// </summary>
[Collection(PostGisCollection.Name)]
public sealed class ReadCacheTests(PostGisFixture db)
{
    private readonly HttpClient _client = db.Client;

    /// <summary>Tables no cached read uses: accounts, audit, workshops, follow-up, scenarios, presets, and the version's own.</summary>
    private static readonly string[] Exempt =
    [
        "__EFMigrationsHistory", "audit_log", "spatial_ref_sys", "personal_access_tokens", "role_grants", "users", "user_claims",
        "user_logins", "user_tokens", "workshops", "workshop_annotations", "workshop_categories", "workshop_events",
        "workshop_participants", "workshop_votes", "followup_activities", "followup_projects", "followup_registrations",
        "followup_targets", "plan_scenarios", "ranking_presets", "read_version_bumps",
    ];

    [Fact]
    public async Task EveryTableIsCoveredByTheVersionTriggerOrNamedAsExempt()
    {
        var tables = (await db.ScalarAsync<string[]>("SELECT array_agg(tablename::text ORDER BY tablename) FROM pg_tables WHERE schemaname = 'public'")).ToHashSet();
        var covered = (await db.ScalarAsync<string[]>("""
            SELECT COALESCE(array_agg(c.relname::text ORDER BY c.relname), ARRAY[]::text[])
              FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
             WHERE t.tgname = 'read_version_bump' AND NOT t.tgisinternal
            """)).ToHashSet();
        var neither = tables.Except(covered).Except(Exempt).Order().ToList();
        Assert.True(neither.Count == 0, $"tables a cached read might use but no trigger versions: {string.Join(", ", neither)} (add to migration ReadVersion's list, or to Exempt here)");
        Assert.Contains("areas", covered);
        Assert.Contains("indicator_values", covered);
    }

    [Fact]
    public async Task AnAnswerIsKeptUntilTheDataChangesAndAWriteInSqlIsSeenAtOnce()
    {
        const string Url = "/api/areas/parish/8087";
        var first = await _client.GetStringAsync(Url);
        Assert.Contains("\"Odder\"", first);
        // With the trigger off, a change does not move the version: the kept answer is what comes back.
        await db.ScalarAsync<int>("ALTER TABLE areas DISABLE TRIGGER read_version_bump; UPDATE areas SET name = 'Odder (kept?)' WHERE level = 'parish' AND code = '8087'; SELECT 1");
        try
        {
            Assert.Contains("\"Odder\"", await _client.GetStringAsync(Url));
        }
        finally
        {
            await db.ScalarAsync<int>("ALTER TABLE areas ENABLE TRIGGER read_version_bump; SELECT 1");
        }
        // With it on, the same kind of change moves the version, and the next read is built again.
        await db.ScalarAsync<int>("UPDATE areas SET name = 'Odder (changed)' WHERE level = 'parish' AND code = '8087'; SELECT 1");
        try
        {
            Assert.Contains("Odder (changed)", await _client.GetStringAsync(Url));
        }
        finally
        {
            await db.ScalarAsync<int>("UPDATE areas SET name = 'Odder' WHERE level = 'parish' AND code = '8087'; SELECT 1");
        }
        Assert.Contains("\"Odder\"", await _client.GetStringAsync(Url));
    }

    [Fact]
    public async Task CompactingKeepsTheVersion()
    {
        await db.ScalarAsync<int>("UPDATE indicators SET version = version WHERE code = 'sp.daily_smokers'; UPDATE indicators SET version = version WHERE code = 'sp.daily_smokers'; SELECT 1");
        var before = await db.ScalarAsync<long>("SELECT sum(weight)::bigint FROM read_version_bumps");
        var store = db.Factory.Services.GetRequiredService<Kortlaegning.Api.Infrastructure.ReadCache.ReadVersionStore>();
        await store.CompactAsync(default);
        Assert.Equal(1L, await db.ScalarAsync<long>("SELECT count(*) FROM read_version_bumps"));
        Assert.Equal(before, await store.CurrentAsync(default));
        await store.CompactAsync(default); // one row: left as it is
        Assert.Equal(before, await store.CurrentAsync(default));
    }
}
