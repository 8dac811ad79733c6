using System.Net.Http.Headers;
using System.Text;

namespace Kortlaegning.Api.Tests.Areas;

/// <summary>Uploads of own-area files with the Content-Type of their format.</summary>
internal static class OwnAreaClient
{
    public const string GeoPackage = "application/geopackage+sqlite3", Zip = "application/zip", Csv = "text/csv", GeoJson = "application/geo+json";

    public static Task<HttpResponseMessage> ImportAsync(this HttpClient client, string query, byte[] body, string contentType)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return client.PostAsync($"/api/areas/import?{query}", content);
    }

    public static Task<HttpResponseMessage> ImportAsync(this HttpClient client, string query, string body, string contentType) =>
        client.ImportAsync(query, Encoding.UTF8.GetBytes(body), contentType);
}
