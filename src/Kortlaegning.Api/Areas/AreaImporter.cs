using System.Diagnostics;
using Kortlaegning.Domain.Boundaries;

namespace Kortlaegning.Api.Areas;

/// <summary>What to import: the level, which properties hold code and name, and where the file came from.</summary>
public sealed record AreaImportRequest(
    AreaLevel Level,
    string CodeField,
    string? NameField,
    string Source,
    int? SourceYear = null,
    int? Srid = null,
    string? TopoObject = null,
    bool SkipRejected = false,
    BoundaryFormat Format = BoundaryFormat.GeoJson,
    string? Mapping = null,
    bool DryRun = false,
    bool Dissolve = false,
    string State = Infrastructure.Publication.Draft);

/// <summary>The importer's account of a file: what it read, wrote, dissolved, repaired and rejected (with reasons).</summary>
public sealed record AreaImportSummary(
    string Level,
    int FeaturesRead,
    int AreasWritten,
    int Inserted,
    int Updated,
    int Dissolved,
    int Repaired,
    IReadOnlyList<RejectedFeature> Rejected,
    int ParentLinks,
    double Seconds)
{
    public override string ToString() =>
        $"{Level}: {FeaturesRead} features read, {AreasWritten} areas written ({Inserted} new, {Updated} updated), " +
        $"{Dissolved} dissolved from several features, {Repaired} repaired, {Rejected.Count} rejected, {ParentLinks} parent links, {Seconds:0.0} s";
}

/// <summary>Nothing was written: some features were rejected and the caller did not allow skipping them.</summary>
public sealed class AreaImportRejectedException(DissolveResult result)
    : Exception($"{result.Rejected.Count} of {result.FeaturesRead} features were rejected; nothing was written.")
{
    public DissolveResult Result { get; } = result;
}

/// <summary>
/// Imports official boundaries (GeoJSON, TopoJSON, or any <see cref="BoundaryFormat"/>) as areas of one level; own
/// levels go through <see cref="OwnAreaImporter"/>. The domain prepares one valid MultiPolygon per
/// code; <see cref="AreaStore"/> projects to EPSG:25832, upserts by (level, code) and rebuilds parent links in one
/// transaction: on any error nothing changes.
/// </summary>
public sealed class AreaImporter(AreaStore store, ILogger<AreaImporter> log)
{
    public async Task<AreaImportSummary> ImportAsync(Stream file, AreaImportRequest request, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        var features = BoundaryReader.Read(file, request.Format, request.Srid, request.TopoObject).Features;
        ct.ThrowIfCancellationRequested();
        var prepared = BoundaryDissolver.Dissolve(features, request.Level, request.CodeField, request.NameField);
        log.LogInformation("{Level}: read {Features} features, prepared {Areas} areas in {Ms} ms",
            request.Level.Name(), prepared.FeaturesRead, prepared.Areas.Count, clock.ElapsedMilliseconds);
        if ((prepared.Rejected.Count > 0 && !request.SkipRejected) || prepared.Areas.Count == 0)
        {
            throw new AreaImportRejectedException(prepared);
        }
        if (request.DryRun)
        {
            return new AreaImportSummary(request.Level.Name(), prepared.FeaturesRead, 0, 0, 0, prepared.Dissolved, prepared.Repaired, prepared.Rejected, 0, clock.Elapsed.TotalSeconds);
        }
        var written = await store.WriteAsync(request.Level, prepared.Areas, request.Source, request.SourceYear, ct);
        var summary = new AreaImportSummary(request.Level.Name(), prepared.FeaturesRead, written.Inserted + written.Updated, written.Inserted, written.Updated,
            prepared.Dissolved, prepared.Repaired, prepared.Rejected, written.ParentLinks, clock.Elapsed.TotalSeconds);
        log.LogInformation("Imported {Summary}", summary);
        return summary;
    }
}
