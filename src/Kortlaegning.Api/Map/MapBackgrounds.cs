using Kortlaegning.Api.Infrastructure.Security;
using Microsoft.Extensions.Options;

namespace Kortlaegning.Api.Map;

/// <summary>
/// One background map the planner's map may show under the areas: an XYZ tile layer (OpenStreetMap) or a WMS asked for
/// in Web Mercator (Dataforsyningen's skærmkort, whose WMTS is in EPSG:25832 only). A token the provider needs is part
/// of <see cref="Url"/>: the browser fetches the tiles, so a web token is visible to it either way.
/// </summary>
public sealed class MapBackground
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string NameEn { get; set; } = "";

    /// <summary><c>xyz</c> ({z}/{x}/{y} template) or <c>wms</c> (a WMS endpoint and <see cref="Layers"/>).</summary>
    public string Kind { get; set; } = "xyz";
    public string Url { get; set; } = "";
    public string? Layers { get; set; }
    public string Attribution { get; set; } = "";
    public int MaxZoom { get; set; } = 19;

    /// <summary>The origin (scheme://host[:port]) the browser loads the tiles from, for the page's img-src.</summary>
    public string? Origin => Uri.TryCreate(Url.Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal), UriKind.Absolute, out var u)
        ? u.GetLeftPart(UriPartial.Authority) : null;
}

/// <summary>
/// <c>Kortlaegning:Map</c>: the backgrounds offered (appsettings.json lists OpenStreetMap; docs/deployment.md shows
/// Dataforsyningen's skærmkort with a token) and the one shown when a link names none ("" = none: the map then works
/// offline with its own outlines, facilities and names).
/// </summary>
public sealed class MapOptions
{
    public const string Section = "Kortlaegning:Map";

    public MapBackground[] Backgrounds { get; set; } = [];
    public string DefaultBackground { get; set; } = "";
}

public static class MapBackgroundsEndpoints
{
    public sealed record BackgroundDto(string Id, string Name, string NameEn, string Kind, string Url, string? Layers, string Attribution, int MaxZoom);

    public sealed record BackgroundList(string DefaultBackground, BackgroundDto[] Backgrounds);

    public static IServiceCollection AddMapBackgrounds(this IServiceCollection services)
    {
        services.AddOptions<MapOptions>().BindConfiguration(MapOptions.Section);
        // The page may load images from every configured background, and from no other origin (SecurityHeaders' img-src).
        services.AddOptions<SecurityOptions>().PostConfigure<IOptions<MapOptions>>((security, map) =>
            security.ImageSources = [.. security.ImageSources.Concat(map.Value.Backgrounds.Select(b => b.Origin).OfType<string>()).Distinct(StringComparer.Ordinal)]);
        return services;
    }

    public static void MapBackgroundList(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/map/backgrounds", (IOptions<MapOptions> options) => TypedResults.Ok(new BackgroundList(options.Value.DefaultBackground,
                [.. options.Value.Backgrounds.Where(b => b.Id.Length > 0 && b.Url.Length > 0)
                    .Select(b => new BackgroundDto(b.Id, b.Name, b.NameEn.Length > 0 ? b.NameEn : b.Name, b.Kind, b.Url, b.Layers, b.Attribution, b.MaxZoom))])))
            .WithTags("Catalogue").WithName("MapBackgrounds")
            .WithSummary("The background maps the web map offers (configured in Kortlaegning:Map), and the one shown by default.");
}
