using System.Globalization;
using Kortlaegning.Api.Infrastructure.Localisation;
using Kortlaegning.Api.Infrastructure.Validation;
using Kortlaegning.Domain.Boundaries;
using Kortlaegning.Domain.Spatial;

namespace Kortlaegning.Api.Areas;

/// <summary>
/// Parsers for the query-string values that name or filter areas (level, codes, numbers, bbox, lon/lat), shared by
/// every feature that filters by area. Values arrive as text so that a bad value is answered with a 400 naming the
/// parameter and saying what would be accepted, rather than a bare binding failure. Each parser records its problem
/// in a <see cref="FieldErrors"/> and returns null, so an endpoint can report every bad parameter at once.
/// </summary>
public static class AreaParameters
{
    /// <summary>The title of every 400 about area query parameters.</summary>
    public const string ProblemTitle = "Invalid query parameter";

    /// <summary>Largest simplification tolerance, in metres (EPSG:25832).</summary>
    public const double MaxSimplify = 10_000;

    public static AreaLevel? Level(FieldErrors errors, string? text, string field = "level", bool required = true)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required) errors.Add(field, Texts.RequiredOneOfField.Format(field, EnumNames.List<AreaLevel>()));
            return null;
        }
        if (EnumNames.TryParse<AreaLevel>(text, out var level)) return level;
        errors.Add(field, Texts.UnknownLevelOneOf.Format(text, EnumNames.List<AreaLevel>()));
        return null;
    }

    /// <summary>A code of <paramref name="level"/>, normalised (municipality "461" → "0461").</summary>
    public static string? Code(FieldErrors errors, AreaLevel level, string? text, string field)
    {
        if (AreaCodes.Normalise(level, text) is { } code) return code;
        errors.Add(field, Texts.NotAreaCode.Format(text, Texts.AreaCodeRule(level)));
        return null;
    }

    /// <summary>A finite number within [min, max], invariant culture; null text is null unless required.</summary>
    public static double? Number(FieldErrors errors, string? text, string field, double min, double max, bool required = false)
    {
        if (text is null && !required) return null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && value >= min && value <= max)
        {
            return value;
        }
        // The bounds as a program sends them: '.' is the decimal separator of every parameter.
        string from = min.ToString(CultureInfo.InvariantCulture), to = max.ToString(CultureInfo.InvariantCulture);
        errors.Add(field, string.IsNullOrWhiteSpace(text) ? Texts.NumberRequired.Format(field, from, to) : Texts.NotANumberFromTo.Format(text, from, to));
        return null;
    }

    /// <summary>simplify=metres, 0 (the default) for the stored geometry.</summary>
    public static double Simplify(FieldErrors errors, string? text) => Number(errors, text, "simplify", 0, MaxSimplify) ?? 0;

    /// <summary>bbox=minLon,minLat,maxLon,maxLat (OGC API order, EPSG:4326); null when absent or bad.</summary>
    public static LonLatBox? Bbox(FieldErrors errors, string? text, string field = "bbox")
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var parts = text.Split(',');
        var v = new double[4];
        bool numbers = parts.Length == 4 && parts.Select((p, i) => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out v[i]) && double.IsFinite(v[i])).All(ok => ok);
        if (numbers && v[0] < v[2] && v[1] < v[3] && v[0] >= -180 && v[2] <= 180 && v[1] >= -90 && v[3] <= 90)
        {
            return new LonLatBox(v[0], v[1], v[2], v[3]);
        }
        errors.Add(field, Texts.NotLonLatBox.Format(text));
        return null;
    }

    /// <summary>lon/lat, both required, that must lie within Denmark's extent (with a margin).</summary>
    public static (double Lon, double Lat)? LonLat(FieldErrors errors, string? lonText, string? latText)
    {
        var lon = Number(errors, lonText, "lon", -180, 180, required: true);
        var lat = Number(errors, latText, "lat", -90, 90, required: true);
        if (lon is not { } x || lat is not { } y) return null;
        if (Crs.InDenmark(x, y)) return (x, y);
        var (minLon, minLat, maxLon, maxLat) = Crs.DenmarkLonLat;
        // Name the coordinate that is off: if the longitude lies in Denmark's band, the latitude; else the longitude (or both are swapped).
        errors.Add(Crs.InDenmark(x, (minLat + maxLat) / 2) ? "lat" : "lon",
            FormattableString.Invariant($"({x}, {y}) lies outside Denmark (lon {minLon}–{maxLon}, lat {minLat}–{maxLat}). Is lon/lat swapped?"));
        return null;
    }
}
