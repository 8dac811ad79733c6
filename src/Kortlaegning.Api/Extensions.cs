using System.Text.Json.Serialization;
using Kortlaegning.Api.Areas;
using Kortlaegning.Api.Catalog;
using Kortlaegning.Api.Data;
using Kortlaegning.Api.Health;
using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Api.ReferenceData;
using Kortlaegning.Api.Workshops;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Npgsql;
using Scalar.AspNetCore;

namespace Kortlaegning.Api;

/// <summary>Service registration and the endpoint map: what Program.cs reads as its table of contents.</summary>
public static class Extensions
{
    public static void AddKortlaegning(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<KortlaegningOptions>().BindConfiguration(KortlaegningOptions.Section);

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

        services.AddSingleton(_ => DataCatalog.Load());
        services.AddSingleton<AreaImporter>();
        services.AddSingleton<IDatasetLoader, BoundaryDatasetLoader>();
        services.AddSingleton<ReferenceDataLoader>();
        services.AddSingleton<DatabaseInitialiser>();
        services.AddWorkshops();

        services.AddProblemDetails();
        services.AddExceptionHandler<ErrorHandling>();
        // Binding failures throw, so ErrorHandling answers them as ProblemDetails instead of an empty 400.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddAuthorization(Policies.Add);
        services.AddOpenApi();
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.SnakeCaseLower));
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        });
    }

    public static void MapKortlaegning(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthorization();
        UseWebMap(app);

        app.MapOpenApi();
        app.MapScalarApiReference("/api/docs", o => o.WithTitle("Kortlægning API"));
        app.MapHealth();
        app.MapCatalog();
        app.MapAreas();
        app.MapWorkshops();
    }

    /// <summary>Serves the Leaflet map from <see cref="KortlaegningOptions.WebRoot"/> when the folder exists.</summary>
    private static void UseWebMap(WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<KortlaegningOptions>>().Value;
        var root = PathResolver.FindDirectory(options.WebRoot);
        if (root is null || !File.Exists(Path.Combine(root, "index.html"))) return;
        var files = new PhysicalFileProvider(root);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
    }
}
