using System.Diagnostics;
using Kortlaegning.Api.Infrastructure.Localisation;
using Kortlaegning.Domain.Boundaries;
using Kortlaegning.Domain.OwnAreas;

namespace Kortlaegning.Api.Areas;

/// <summary>
/// The answer to an own-area import or its dry run: what was read (format, layer, CRS, fields), the suggested and the
/// applied mapping, every problem and repair by row (with skipRejected, the rows left out), residents warnings, a preview of the areas (the first
/// <see cref="OwnAreaImporter.PreviewRows"/>) and, unless a dry run, what was written. Rows are feature numbers, the first is 1.
/// </summary>
public sealed record OwnAreaImportResult(
    string Level,
    string Format,
    string? Layer,
    string Crs,
    IReadOnlyList<string> Fields,
    int FeaturesRead,
    int Count,
    IReadOnlyDictionary<string, string> SuggestedMapping,
    IReadOnlyDictionary<string, string> Mapping,
    bool DryRun,
    bool Committed,
    int AreasWritten,
    int Inserted,
    int Updated,
    int ParentLinks,
    IReadOnlyList<RowProblem> Problems,
    IReadOnlyList<RowProblem> Repairs,
    IReadOnlyList<RowProblem> Warnings,
    IReadOnlyList<OwnAreaPreview> Areas,
    double Seconds)
{
    public override string ToString() =>
        $"{Level}: {FeaturesRead} features read ({Format}, {Crs}), {AreasWritten} areas written ({Inserted} new, {Updated} updated), " +
        $"{Repairs.Count} repaired, {Problems.Count} problems, {Warnings.Count} warnings, {ParentLinks} parent links, {Seconds:0.0} s{(DryRun ? " (dry run: nothing written)" : "")}";
}

/// <summary>
/// Imports own areas (housing departments, local communities, custom) with their facts from any <see cref="BoundaryFormat"/>:
/// read → map attributes → prepare by row → stage, check ownership and write in one transaction (<see cref="AreaStore.WriteOwnAsync"/>).
/// All-or-nothing: with any problem nothing is written (unless skipRejected drops the bad rows first); a dry run writes nothing either way.
/// </summary>
public sealed class OwnAreaImporter(AreaStore store, ILogger<OwnAreaImporter> log)
{
    public const int PreviewRows = 200;

    public async Task<OwnAreaImportResult> ImportAsync(Stream file, AreaImportRequest request, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        var layer = BoundaryReader.Read(file, request.Format, request.Srid, request.TopoObject);
        var mappingProblems = new List<string>();
        var mapping = AttributeMapping.Build(layer.Fields, request.Mapping, request.CodeField, request.NameField, mappingProblems);
        var prepared = OwnAreaPreparer.Prepare(layer, request.Level, request.CodeField, request.NameField, mapping, request.Dissolve);
        var problems = mappingProblems.Select(m => new RowProblem(0, "mapping", m)).Concat(prepared.Problems).ToList();
        if (layer.Features.Count == 0) problems.Add(new RowProblem(0, AreaImportParameters.BodyField, Texts.NoFeatures.Get()));
        bool skip = request.SkipRejected && mappingProblems.Count == 0 && prepared.Areas.Count > 0;
        var municipalityField = mapping.Fields.GetValueOrDefault(OwnAreaFields.Municipality, OwnAreaFields.Municipality);
        var options = new OwnAreaWriteOptions(request.Level, request.Source, request.SourceYear, request.DryRun || (problems.Count > 0 && !skip), municipalityField,
            State: request.State);
        // With problems the areas are still staged (and rolled back), so the answer lists the ownership problems too.
        var written = prepared.Areas.Count > 0 ? await store.WriteOwnAsync(prepared.Areas, options, ct) : new OwnAreaWriteResult([], [], [], 0, 0, 0);
        problems.AddRange(written.Problems);
        bool committed = !options.DryRun && written.Problems.Count == 0;
        var result = new OwnAreaImportResult(request.Level.Name(), layer.Format.ToString(), layer.Name, layer.Crs, layer.Fields, layer.Features.Count,
            prepared.Areas.Count, AttributeMapping.Suggest(layer.Fields, request.CodeField, request.NameField), mapping.Fields, request.DryRun, committed,
            written.Inserted + written.Updated, written.Inserted, written.Updated, written.ParentLinks,
            problems.OrderBy(p => p.Row).ToList(), prepared.Repairs, written.Warnings, written.Areas.Take(PreviewRows).ToList(), clock.Elapsed.TotalSeconds);
        log.LogInformation("Own areas: {Summary}", result);
        return result;
    }
}
