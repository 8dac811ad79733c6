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
        services.AddDbContextFactory<KortlaegningDb>((sp, o) =>
            o.UseNpgsql(sp.GetRequiredService<NpgsqlDataSource>(), x => x.UseNetTopologySuite()));
        services.AddSingleton<DatabaseInitialiser>();
        return services;
    }
}
