using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Kortlaegning.Api.Tests.Facilities;

/// <summary>Small helpers for creating and removing test facilities through the API.</summary>
internal static class FacilityClient
{
    public static async Task<(int Id, string ETag, JsonElement Feature)> CreateAsync(this HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/facilities", body);
        var feature = await Json.ReadAsync(response, HttpStatusCode.Created);
        return (feature.GetProperty("id").GetInt32(), response.Headers.ETag!.Tag, feature);
    }

    public static async Task DeleteAllOfTypeAsync(this HttpClient client, string type)
    {
        var fc = await client.GetJsonAsync($"/api/facilities?type={type}");
        foreach (var f in fc.GetProperty("features").EnumerateArray())
        {
            var request = new HttpRequestMessage(HttpMethod.Delete, $"/api/facilities/{f.GetProperty("id").GetInt32()}");
            request.Headers.TryAddWithoutValidation("If-Match", "*");
            Assert.Equal(HttpStatusCode.NoContent, (await client.SendAsync(request)).StatusCode);
        }
    }
}
