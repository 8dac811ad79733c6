using System.Globalization;
using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Domain.Boundaries;
using Kortlaegning.Domain.Spatial;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kortlaegning.Api.Areas;

/// <summary>
/// Query-string parsing for the area endpoints. Values arrive as text so that every bad value is answered
/// with a 400 naming the parameter and saying what would be accepted, rather than a bare binding failure.
/// </summary>
internal static class AreaQueryParameters
{
    public static bool TryLevel(string? text, out AreaLevel level, out ProblemHttpResult? problem)
    {
        problem = null;
        if (AreaLevels.TryParse(text, out level)) return true;
        problem = Problems.BadParameter("level", string.IsNullOrWhiteSpace(text)
            ? $"'level' is required; one of: {string.Join(", ", AreaLevels.All)}."
            : $"Unknown level '{text}'; one of: {string.Join(", ", AreaLevels.All)}.");
        return false;
    }

    public static bool TryCode(AreaLevel level, string? text, string parameter, out string code, out ProblemHttpResult? problem)
    {
        problem = null;
        code = AreaCodes.Normalise(level, text) ?? "";
        if (code.Length > 0) return true;
        problem = Problems.BadParameter(parameter, $"'{text}' is not {AreaCodes.Describe(level)}.");
        return false;
    }

    public static bool TryNumber(string? text, string parameter, double min, double max, out double value, out ProblemHttpResult? problem)
    {
        problem = null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value) && value >= min && value <= max)
        {
            return true;
        }
        problem = Problems.BadParameter(parameter, string.IsNullOrWhiteSpace(text)
            ? $"'{parameter}' is required: a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}."
            : $"'{text}' is not a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)} (use '.' as decimal separator).");
        return false;
    }

    /// <summary>lon/lat that must lie within Denmark's extent (with a margin).</summary>
    public static bool TryLonLat(string? lonText, string? latText, out double lon, out double lat, out ProblemHttpResult? problem)
    {
        lat = 0;
        if (!TryNumber(lonText, "lon", -180, 180, out lon, out problem) || !TryNumber(latText, "lat", -90, 90, out lat, out problem)) return false;
        if (Crs.InDenmark(lon, lat)) return true;
        var (minLon, minLat, maxLon, maxLat) = Crs.DenmarkLonLat;
        problem = Problems.BadParameter(Crs.InDenmark(lon, (minLat + maxLat) / 2) ? "lat" : "lon",
            FormattableString.Invariant($"({lon}, {lat}) lies outside Denmark (lon {minLon}–{maxLon}, lat {minLat}–{maxLat}). Is lon/lat swapped?"));
        return false;
    }

    /// <summary>bbox=minLon,minLat,maxLon,maxLat (OGC API order, EPSG:4326).</summary>
    public static bool TryBbox(string? text, out double[]? bbox, out ProblemHttpResult? problem)
    {
        bbox = null;
        problem = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        var parts = text.Split(',');
        var values = new double[4];
        bool ok = parts.Length == 4 && parts.Select((p, i) => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]) && double.IsFinite(values[i])).All(b => b);
        if (ok && values[0] < values[2] && values[1] < values[3] && values[0] >= -180 && values[2] <= 180 && values[1] >= -90 && values[3] <= 90)
        {
            bbox = values;
            return true;
        }
        problem = Problems.BadParameter("bbox", $"'{text}' is not minLon,minLat,maxLon,maxLat in degrees with min < max.");
        return false;
    }
}
