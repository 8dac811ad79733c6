using System.Text.Json.Serialization;
using Kortlaegning.Api.Access;
using Kortlaegning.Api.Accounts;
using Kortlaegning.Api.Areas;
using Kortlaegning.Api.Catalog;
using Kortlaegning.Api.Data;
using Kortlaegning.Api.Facilities;
using Kortlaegning.Api.Followup;
using Kortlaegning.Api.Health;
using Kortlaegning.Api.Indicators;
using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Api.Infrastructure.Localisation;
using Kortlaegning.Api.Infrastructure.Security;
using Kortlaegning.Api.Map;
using Kortlaegning.Api.Network;
using Kortlaegning.Api.Ogc;
using Kortlaegning.Api.Planning;
using Kortlaegning.Api.Rankings;
using Kortlaegning.Api.ReferenceData;
using Kortlaegning.Api.Tiles;
using Kortlaegning.Api.Workshops;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;

namespace Kortlaegning.Api;

/// <summary>Service registration and the endpoint map: what Program.cs reads as its table of contents.</summary>
public static class Extensions
{
    public static void AddKortlaegning(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<KortlaegningOptions>().BindConfiguration(KortlaegningOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        services.AddData()
            .AddReferenceData()
            .AddIndicators()
            .AddRankings()
            .AddFacilities()
            .AddAccess()
            .AddNetwork()
            .AddPlanning()
            .AddSingleton<TileCache>()
            .AddSingleton<Infrastructure.ReadCache.ReadVersionStore>()
            .AddSingleton<Infrastructure.ReadCache.ReadCacheMemory>()
            .AddHostedService<Infrastructure.ReadCache.ReadVersionCompactor>()
            .AddHostedService<TileSeeder>();
        services.AddWorkshops();
        services.AddAccounts(builder.Configuration).AddSecurity(builder.Configuration);
        services.AddFollowup();
        services.AddOgc();
        services.AddMapBackgrounds();

        // Kestrel's own 414/431 have no body: its limits sit above InputGuard's, which answers as ProblemDetails.
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestLineSize = InputGuard.KestrelLineLimit;
            k.Limits.MaxRequestHeadersTotalSize = InputGuard.KestrelHeaderLimit;
        });
        AddReplicaSupport(builder);
        // Danish unless Accept-Language asks for English; every problem answer is translated on its way out.
        services.AddLanguages().AddLocalisedProblems();
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

    /// <summary>
    /// What several replicas behind a reverse proxy need (docs/deployment.md): the client address and scheme from the
    /// trusted proxies only, and one data-protection key ring so any replica reads a cookie another one issued.
    /// </summary>
    private static void AddReplicaSupport(WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(KortlaegningOptions.Section).Get<KortlaegningOptions>() ?? new KortlaegningOptions();
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = 1; // the proxy in front of us; what a client wrote before it is not believed
            o.KnownIPNetworks.Clear();
            o.KnownProxies.Clear();
            foreach (var proxy in options.TrustedProxies) o.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
        });
        if (!string.IsNullOrWhiteSpace(options.DataProtectionKeysDir))
        {
            builder.Services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(options.DataProtectionKeysDir)).SetApplicationName("Kortlaegning");
        }
    }

    public static void MapKortlaegning(this WebApplication app)
    {
        // First, so rate limits, cookies' Secure flag and logs see the client behind the proxy.
        if (app.Services.GetRequiredService<IOptions<KortlaegningOptions>>().Value.TrustedProxies.Length > 0) app.UseForwardedHeaders();
        // Then, so the exception handler and every problem writer below run in the request's language.
        app.UseLanguages();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<InputGuard>();
        app.UseSecurityHeaders();
        app.UseResponseCompression();
        app.UseHeadAsGet();
        app.UseRouting();
        // Pages and files first: they are public; the data behind them is what authentication guards.
        UseWebMap(app);
        app.UseCors();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseCsrfGuard();
        app.UseAuthorization();
        // After authorisation: only a caller who may read gets an answer, cached or not (Infrastructure/ReadCache).
        app.UseMiddleware<Infrastructure.ReadCache.ReadCacheMiddleware>();

        app.MapOpenApi();
        // Offline and quiet (issue 17): the bundled script only — no web fonts from Scalar's CDN, no telemetry, no AI agent
        // or MCP offers, no developer toolbar or "open in client" promotion.
        app.MapScalarApiReference("/api/docs", o => o.WithTitle("Kortlægning API").DisableDefaultFonts().DisableTelemetry().DisableAgent().DisableMcp()
            .HideDeveloperTools().HideClientButton());
        app.MapHealth();
        app.MapAccounts();
        app.MapCatalog();
        app.MapBackgroundList();
        app.MapAreas();
        app.MapIndicators();
        app.MapOwnIndicators();
        app.MapProfiles();
        app.MapEstimates();
        app.MapTiles();
        app.MapFacilities();
        app.MapAccess();
        app.MapNetwork();
        app.MapRankings();
        app.MapPlanning();
        app.MapWorkshops();
        app.MapFollowup();
        app.MapOgc();
    }

    /// <summary>
    /// Serves the Leaflet map: <c>{WebRoot}/public</c> at the site root, and only the <c>dist</c> folders of the pinned
    /// npm packages at <c>/vendor/…</c> (package.json, node_modules and tests are never exposed). Nothing is mapped when
    /// the folder or its index.html is missing.
    /// </summary>
    private static void UseWebMap(WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<KortlaegningOptions>>().Value;
        var root = PathResolver.FindDirectory(options.WebRoot);
        var site = root is null ? null : Path.Combine(root, "public");
        if (site is null || !File.Exists(Path.Combine(site, "index.html"))) return;
        var files = new PhysicalFileProvider(site);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        foreach (var (url, folder) in new[] { ("/vendor/leaflet", "node_modules/leaflet/dist"), ("/vendor/vectorgrid", "node_modules/leaflet.vectorgrid/dist"), ("/vendor/chartjs", "node_modules/chart.js/dist"), ("/vendor/geoman", "node_modules/@geoman-io/leaflet-geoman-free/dist") })
        {
            var dir = Path.Combine(root!, folder);
            if (!Directory.Exists(dir))
            {
                app.Logger.LogWarning("Web map: {Folder} is missing; run `npm ci` in {Root} (make run does).", dir, root);
                continue;
            }
            app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(dir), RequestPath = url });
        }
    }
}
