using System.Net;
using System.Text.Json;

namespace Kortlaegning.Api.Tests;

internal static class Json
{
    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {(text.Length > 2000 ? text[..2000] + " …" : text)}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK) =>
        await ReadAsync(await client.GetAsync(url), expected);

    /// <summary>
    /// Asserts an RFC 9457 problem of the given status that names the parameter: as a key of <c>errors</c> (the one
    /// validation shape, the only one the service answers with).
    /// </summary>
    public static async Task<JsonElement> ProblemAsync(this HttpClient client, string url, HttpStatusCode status, string? parameter = null)
    {
        var response = await client.GetAsync(url);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await ReadAsync(response, status);
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        if (parameter is not null)
        {
            bool named = problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(parameter, out _);
            Assert.True(named, $"The problem does not name '{parameter}': {problem}");
        }
        return problem;
    }
}
