using System.Diagnostics;
using System.Net;

namespace Kortlaegning.Api.Tests.Areas;

/// <summary>
/// A download read back by a real GIS client: GDAL's <c>ogrinfo</c> (Debian's gdal-bin, which <c>make test</c>
/// installs). Without ogrinfo the test fails — Process.Start throws — it never skips.
/// </summary>
internal static class GdalClient
{
    public static string OgrInfo(params string[] args)
    {
        var psi = new ProcessStartInfo("ogrinfo") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEnd() + p.StandardError.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, output);
        return output;
    }

    /// <summary>GETs <paramref name="url"/>, checks 200 and the media type, and writes the body to a temporary file.</summary>
    public static Task<string> DownloadAsync(HttpClient client, string url, string mediaType, string suffix) =>
        DownloadAsync(client, new HttpRequestMessage(HttpMethod.Get, url), mediaType, suffix);

    /// <summary>Sends <paramref name="request"/>, checks 200 and the media type, and writes the body to a temporary file.</summary>
    public static async Task<string> DownloadAsync(HttpClient client, HttpRequestMessage request, string mediaType, string suffix)
    {
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        var path = Path.Combine(Path.GetTempPath(), $"kortlaegning-{Guid.NewGuid():N}{suffix}");
        await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());
        return path;
    }
}
