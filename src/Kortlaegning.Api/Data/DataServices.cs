using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Kortlaegning.Api.Data;

public static class DataServices
{
    /// <summary>One NpgsqlDataSource (with NetTopologySuite) for raw PostGIS SQL and EF Core alike, and the start-up initialiser.</summary>
    public static IServiceCollection AddData(this IServiceCollection services)
    {
        // Resolved lazily so test hosts can override the connection string after registration.
        services.AddSingleton(sp =>
        {
            var cs = sp.GetRequiredService<IConfiguration>().GetConnectionString("Kortlaegning")
                ?? throw new InvalidOperationException("ConnectionStrings:Kortlaegning is not set.");
            var dsb = new NpgsqlDataSourceBuilder(cs);
            dsb.UseNetTopologySuite();
            return dsb.Build();
        });
        // Reads that may run on a streaming replica (docs/deployment.md): its own pool when ConnectionStrings:KortlaegningRead
        // is set, else the primary's data source itself.
        services.AddSingleton(sp =>
        {
            var cs = sp.GetRequiredService<IConfiguration>().GetConnectionString("KortlaegningRead");
            if (string.IsNullOrWhiteSpace(cs)) return new ReadDataSource(sp.GetRequiredService<NpgsqlDataSource>(), owned: false);
            var dsb = new NpgsqlDataSourceBuilder(cs);
            dsb.UseNetTopologySuite();
            return new ReadDataSource(dsb.Build(), owned: true);
        });
        services.AddDbContextFactory<KortlaegningDb>((sp, o) =>
            o.UseNpgsql(sp.GetRequiredService<NpgsqlDataSource>(), x => x.UseNetTopologySuite()));
        services.AddSingleton<DatabaseInitialiser>();
        return services;
    }
}

/// <summary>
/// The data source of reads that tolerate a replica's lag of a moment and never follow a write of the same request:
/// vector tiles (whose data version is read from the same server as the tile, so a lagging replica serves the previous
/// version's tile under the previous ETag, never an old tile under a new one) and GeoPackage downloads.
/// Everything else — writes, and reads a user expects to show their own change at once — uses the primary.
/// </summary>
public sealed class ReadDataSource(NpgsqlDataSource source, bool owned) : IAsyncDisposable
{
    public NpgsqlDataSource Source => source;

    public ValueTask DisposeAsync() => owned ? source.DisposeAsync() : ValueTask.CompletedTask;
}
