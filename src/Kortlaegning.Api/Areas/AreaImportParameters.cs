using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Api.Infrastructure.Localisation;
using Kortlaegning.Api.Infrastructure.Validation;
using Kortlaegning.Domain.Boundaries;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Kortlaegning.Api.Areas;

/// <summary>
/// The query string of <c>POST /api/areas/import</c>, bound with <c>[AsParameters]</c>, and the answers to a file the
/// importer refuses: every rejected feature as <c>rows[n].field</c>, n the 1-based feature number in the file.
/// </summary>
public sealed record AreaImportParameters(
    [property: FromQuery(Name = "level")] string? Level,
    [property: FromQuery(Name = "codeField")] string? CodeField,
    [property: FromQuery(Name = "nameField")] string? NameField,
    [property: FromQuery(Name = "srid")] string? Srid,
    [property: FromQuery(Name = "source")] string? Source,
    [property: FromQuery(Name = "skipRejected")] bool? SkipRejected,
    [property: FromQuery(Name = "dryRun")] bool? DryRun = null,
    [property: FromQuery(Name = "mapping")] string? Mapping = null,
    [property: FromQuery(Name = "dissolve")] bool? Dissolve = null,
    [property: FromQuery(Name = "layer")] string? Layer = null,
    [property: FromQuery(Name = "state")] string? State = null)
{
    /// <summary>The field of problems with the uploaded file as a whole.</summary>
    public const string BodyField = "body";

    /// <summary>Own SRIDs start at 1024 in PostGIS's numbering; EPSG codes are at most six digits.</summary>
    public const int MinSrid = 1024, MaxSrid = 999_999;

    /// <summary>Largest upload (HTTP 413 beyond it): a municipality's departments with detailed outlines fit many times over.</summary>
    public const long MaxBytes = 50L * 1024 * 1024;

    /// <summary>The import request, or null with every bad parameter in <paramref name="errors"/>.</summary>
    public AreaImportRequest? ToRequest(FieldErrors errors, BoundaryFormat format = BoundaryFormat.GeoJson)
    {
        var level = AreaParameters.Level(errors, Level);
        if (string.IsNullOrWhiteSpace(CodeField)) errors.Add("codeField", Texts.CodeFieldRequired.Get());
        var srid = AreaParameters.Number(errors, Srid, "srid", MinSrid, MaxSrid);
        // New own areas are drafts unless the import says state=published; areas already stored keep their state.
        var state = State is null ? Publication.Draft : Publication.Read(new StateBody(State), errors);
        if (errors.Any || level is not { } l) return null;
        return new AreaImportRequest(l, CodeField!, NameField, Source ?? "upload", null, (int?)srid, Layer, SkipRejected ?? false,
            format, Mapping, DryRun ?? false, Dissolve ?? false, state!);
    }

    /// <summary>422: every problem of an own-area import by row (<c>rows[n].field</c>; a problem of the whole file under its field); nothing was written.</summary>
    public static ProblemHttpResult Rejected(OwnAreaImportResult result)
    {
        var errors = new FieldErrors();
        foreach (var p in result.Problems)
        {
            if (p.Row > 0) errors.AddRow(p.Row, p.Field, DomainMessages.Localise(p.Message)); else errors.Add(p.Field, DomainMessages.Localise(p.Message));
        }
        return errors.ToProblem("Features rejected; nothing was written (fix them, or pass skipRejected=true to write the rest)",
            StatusCodes.Status422UnprocessableEntity, new Dictionary<string, object?>
            {
                ["featuresRead"] = result.FeaturesRead,
                ["format"] = result.Format,
                ["crs"] = result.Crs,
                ["repairs"] = result.Repairs,
                ["rowNumbers"] = "rows[n] is the feature number in the file (the first feature is 1).",
            });
    }

    /// <summary>422: the features that were rejected, each under <c>rows[n].field</c>; nothing was written.</summary>
    public static ProblemHttpResult Rejected(DissolveResult result)
    {
        var errors = new FieldErrors();
        foreach (var r in result.Rejected) errors.AddRow(r.Index + 1, r.Field, DomainMessages.Localise(r.Reason));
        if (result.Rejected.Count == 0) errors.Add(BodyField, Texts.NoFeatures.Get());
        return errors.ToProblem("Features rejected; nothing was written (fix them, or pass skipRejected=true to write the rest)",
            StatusCodes.Status422UnprocessableEntity, new Dictionary<string, object?> { ["featuresRead"] = result.FeaturesRead });
    }
}
