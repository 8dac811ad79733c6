using Microsoft.AspNetCore.Http.HttpResults;

namespace Kortlaegning.Api.Ogc.Files;

/// <summary>How an endpoint answers a GIS file: the layer written in the chosen format, with the CRS's WKT.</summary>
public sealed class GisFiles(SrsSource srs)
{
    public async Task<FileContentHttpResult> FileAsync(GisFormat format, GisLayer layer, string stem, CancellationToken ct) =>
        await format.FileAsync(layer, await srs.WktAsync(ct), stem, ct);
}
