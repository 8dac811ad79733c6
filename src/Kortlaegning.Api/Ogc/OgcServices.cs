using System.IO.Compression;
using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Api.Tiles;
using Microsoft.AspNetCore.ResponseCompression;

namespace Kortlaegning.Api.Ogc;

/// <summary>
/// What the open-standards endpoints need around them: the open-data CORS policy, response compression and HEAD.
/// </summary>
public static class OgcServices
{
    /// <summary>
    /// Media types compressed (Brotli, then gzip): JSON, GeoJSON, CSV, vector tiles (ST_AsMVT is not gzipped), and the
    /// GeoPackage and FlatGeobuf downloads.
    /// </summary>
    public static readonly string[] CompressedTypes =
    [
        "application/json", "application/problem+json", GeoJsonText.MediaType, "text/csv", TilesEndpoints.MediaType,
        "application/vnd.oai.openapi+json", "text/plain", "text/html", "image/svg+xml", Files.GeoPackageFile.MediaType, Files.FlatGeobufFile.MediaType,
    ];

    public static IServiceCollection AddOgc(this IServiceCollection services)
    {
        // /ogc and /tiles serve public reference data read-only: any origin may read them, never with credentials
        // (a "*" answer makes browsers withhold cookies), so a page elsewhere cannot read a signed-in user's view.
        services.AddCors(o => o.AddPolicy(OgcEndpoints.CorsPolicy, p => p.AllowAnyOrigin().WithMethods("GET", "HEAD", "OPTIONS")
            .AllowAnyHeader().WithExposedHeaders("ETag", "Content-Crs", "Link")));
        // Only over plain HTTP to Kestrel (behind the TLS-terminating proxy, docs/ogc.md): over HTTPS it stays off (BREACH).
        services.AddResponseCompression(o =>
        {
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = CompressedTypes;
        });
        // Brotli's fastest level already sends the 2.1 MB parish collection in 23 % of its bytes; zlib-ng's fastest gzip
        // level needs 33 %, its default (Optimal, level 6) 22 % for about 50 ms (bench/ogc, docs/benchmarks.md).
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        services.AddSingleton<OpenApiHygiene>();
        services.AddSingleton<AreaFileSource>();
        services.AddSingleton<AreaDownload>();
        services.AddSingleton<Files.SrsSource>();
        services.AddSingleton<Files.GisFiles>();
        services.AddSingleton<OgcIndicatorSource>();
        services.Configure<Microsoft.AspNetCore.OpenApi.OpenApiOptions>("v1", o =>
        {
            o.AddOperationTransformer<OpenApiHygiene>();
            o.AddDocumentTransformer<OpenApiHygiene>();
        });
        return services;
    }

    /// <summary>
    /// HEAD on /ogc and /tiles is answered as the GET would be, without the body (RFC 9110 §9.3.2; OGC API – Features
    /// Part 1 asks for HEAD wherever GET is served). Must run before routing, which would otherwise pick no endpoint (405).
    /// </summary>
    public static IApplicationBuilder UseHeadAsGet(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var path = http.Request.Path;
        if (!HttpMethods.IsHead(http.Request.Method) || !(path.StartsWithSegments("/ogc") || path.StartsWithSegments("/tiles")))
        {
            await next(http);
            return;
        }
        http.Request.Method = HttpMethods.Get;
        var body = http.Response.Body;
        http.Response.Body = Stream.Null;
        try
        {
            await next(http);
        }
        finally
        {
            http.Response.Body = body;
            http.Request.Method = HttpMethods.Head;
        }
    });
}
