using Kortlaegning.Api.Indicators;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Kortlaegning.Api.Tests.Indicators;

[Collection(PostGisCollection.Name)]
public class CatalogueCacheTests(PostGisFixture db)
{
    // A read of the catalogue between the write and its commit sees the old periods; the cache must not keep them.
    [Fact]
    public async Task AReadBetweenAWriteAndItsCommitDoesNotLeaveStalePeriodsInTheCache()
    {
        var services = db.Factory.Services;
        var writer = services.GetRequiredService<ValueWriter>();
        var catalogue = services.GetRequiredService<IndicatorCatalogue>();
        await using var conn = await services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync();
        await using (var tx = await conn.BeginTransactionAsync())
        {
            await writer.WriteAsync(conn, tx, [new ValueRow("sp.daily_smokers", "municipality", "0727", "2095", 12.5)], default);
            var during = await catalogue.FindAsync("sp.daily_smokers", default);
            Assert.DoesNotContain("2095", during!.Periods);
            await writer.CommitAsync(tx, default);
        }
        var after = await catalogue.FindAsync("sp.daily_smokers", default);
        Assert.Contains("2095", after!.Periods);
    }
}
