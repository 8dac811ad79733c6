using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Kortlaegning.Api.Infrastructure.Localisation;

/// <summary>
/// The language of a request: Danish unless <c>Accept-Language</c> prefers English. ASP.NET Core's request
/// localisation sets the UI culture from the header; the formatting culture stays invariant on purpose, so parsing
/// and machine-readable output (CSV numbers, JSON, ETags) never change with the caller's language.
/// </summary>
public static class Language
{
    public const string Danish = "da";
    public const string English = "en";

    public static bool IsEnglish => CultureInfo.CurrentUICulture.Name.StartsWith(English, StringComparison.OrdinalIgnoreCase);

    /// <summary>"da" or "en": for <c>lang</c> attributes and <c>Content-Language</c>.</summary>
    public static string Current => IsEnglish ? English : Danish;

    /// <summary>How numbers inside messages are written: decimal comma in Danish.</summary>
    public static IFormatProvider Numbers => IsEnglish ? CultureInfo.InvariantCulture : DanishNumbers.Format;

    public static IServiceCollection AddLanguages(this IServiceCollection services) =>
        services.Configure<RequestLocalizationOptions>(o =>
        {
            // Invariant globalization has no culture data; PredefinedCulturesOnly=false (Directory.Build.props) lets
            // "da" and "en" exist as names, which is all the UI culture is used for.
            CultureInfo[] ui = [new CultureInfo(Danish), new CultureInfo(English)];
            o.DefaultRequestCulture = new RequestCulture(CultureInfo.InvariantCulture, ui[0]);
            o.SupportedCultures = [CultureInfo.InvariantCulture];
            o.SupportedUICultures = ui;
            o.FallBackToParentUICultures = true;
            // Only the header: a query string or cookie would make the same URL answer differently for a cache.
            o.RequestCultureProviders = [new AcceptLanguageHeaderRequestCultureProvider()];
            o.ApplyCurrentCultureToResponseHeaders = true;
        });

    /// <summary>
    /// Request localisation, and <c>Vary: Accept-Language</c> on every answer that can depend on it (RFC 9110 §12.5.5),
    /// so a shared cache or a browser never hands a Danish problem or CSV header to someone who asked in English.
    /// Vector tiles and images are the same in every language and are left out, so caches keep one copy of them.
    /// </summary>
    public static IApplicationBuilder UseLanguages(this IApplicationBuilder app)
    {
        app.UseRequestLocalization();
        return app.Use((http, next) =>
        {
            http.Response.OnStarting(() =>
            {
                var type = http.Response.ContentType ?? "";
                if (!type.StartsWith("application/vnd.mapbox-vector-tile", StringComparison.OrdinalIgnoreCase)
                    && !type.StartsWith("image/", StringComparison.OrdinalIgnoreCase))
                {
                    http.Response.Headers.Append(Microsoft.Net.Http.Headers.HeaderNames.Vary, "Accept-Language");
                }
                return Task.CompletedTask;
            });
            return next(http);
        });
    }
}
