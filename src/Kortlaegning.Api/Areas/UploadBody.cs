using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Api.Infrastructure.Localisation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kortlaegning.Api.Areas;

/// <summary>
/// Buffers an upload asynchronously (the file readers are synchronous, and Kestrel forbids synchronous I/O), refusing it
/// as soon as it passes the limit: by Content-Length before reading, or by counting a chunked body.
/// </summary>
public static class UploadBody
{
    /// <summary>The body in memory at position 0, or null when it is larger than <paramref name="maxBytes"/>.</summary>
    public static async Task<MemoryStream?> ReadAsync(HttpRequest request, long maxBytes, CancellationToken ct)
    {
        if (request.ContentLength > maxBytes) return null;
        var body = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, ct)) > 0)
        {
            if (body.Length + read > maxBytes)
            {
                await body.DisposeAsync();
                return null;
            }
            body.Write(buffer, 0, read);
        }
        body.Position = 0;
        return body;
    }

    public static ProblemHttpResult TooLarge(long maxBytes) =>
        Problems.Status(StatusCodes.Status413PayloadTooLarge, "File too large",
            Texts.UploadTooLarge.Format(maxBytes / (1024 * 1024)));
}
