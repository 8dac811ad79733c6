using Kortlaegning.Api.Infrastructure.Validation;
using Kortlaegning.Domain.Boundaries;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Kortlaegning.Api.Areas;

/// <summary>
/// The query string of <c>GET /api/areas</c>, bound with <c>[AsParameters]</c>: level (required), municipality
/// (kommunekode), simplify (metres) and bbox. Values are bound as text and parsed by <see cref="AreaParameters"/>.
/// </summary>
public sealed record AreaQueryParameters(
    [property: FromQuery(Name = "level")] string? Level,
    [property: FromQuery(Name = "municipality")] string? Municipality,
    [property: FromQuery(Name = "simplify")] string? Simplify,
    [property: FromQuery(Name = "bbox")] string? Bbox)
{
    /// <summary>The filter, or null with every bad parameter in <paramref name="errors"/>.</summary>
    public AreaFilter? ToFilter(FieldErrors errors)
    {
        var level = AreaParameters.Level(errors, Level);
        var municipality = Municipality is null ? null : AreaParameters.Code(errors, AreaLevel.Municipality, Municipality, "municipality");
        var simplify = AreaParameters.Simplify(errors, Simplify);
        var bbox = AreaParameters.Bbox(errors, Bbox);
        return errors.Any || level is not { } l ? null : new AreaFilter(l, municipality, bbox, simplify);
    }

    // One parameter at a time, answered at once, for the endpoints of other features that filter by area. They give the
    // same messages in the same shape as AreaParameters (errors: {parameter: [message]}); new code collects into FieldErrors.

    public static bool TryLevel(string? text, out AreaLevel level, out ProblemHttpResult? problem) =>
        Try(e => AreaParameters.Level(e, text), out level, out problem);

    public static bool TryCode(AreaLevel level, string? text, string parameter, out string code, out ProblemHttpResult? problem)
    {
        var ok = TryString(e => AreaParameters.Code(e, level, text, parameter), out var found, out problem);
        code = found ?? "";
        return ok;
    }

    public static bool TryNumber(string? text, string parameter, double min, double max, out double value, out ProblemHttpResult? problem) =>
        Try(e => AreaParameters.Number(e, text, parameter, min, max, required: true), out value, out problem);

    /// <summary>lon/lat that must lie within Denmark's extent (with a margin).</summary>
    public static bool TryLonLat(string? lonText, string? latText, out double lon, out double lat, out ProblemHttpResult? problem)
    {
        var ok = Try(e => AreaParameters.LonLat(e, lonText, latText), out var point, out problem);
        (lon, lat) = point;
        return ok;
    }

    /// <summary>bbox=minLon,minLat,maxLon,maxLat; a missing bbox is fine (null).</summary>
    public static bool TryBbox(string? text, out double[]? bbox, out ProblemHttpResult? problem)
    {
        var errors = new FieldErrors();
        var box = AreaParameters.Bbox(errors, text);
        bbox = box is { } b ? [b.MinLon, b.MinLat, b.MaxLon, b.MaxLat] : null;
        problem = errors.Any ? errors.ToProblem(AreaParameters.ProblemTitle) : null;
        return problem is null;
    }

    private static bool Try<T>(Func<FieldErrors, T?> parse, out T value, out ProblemHttpResult? problem) where T : struct
    {
        var errors = new FieldErrors();
        var parsed = parse(errors);
        value = parsed ?? default;
        problem = errors.Any || parsed is null ? errors.ToProblem(AreaParameters.ProblemTitle) : null;
        return problem is null;
    }

    private static bool TryString(Func<FieldErrors, string?> parse, out string? value, out ProblemHttpResult? problem)
    {
        var errors = new FieldErrors();
        value = parse(errors);
        problem = errors.Any || value is null ? errors.ToProblem(AreaParameters.ProblemTitle) : null;
        return problem is null;
    }
}
