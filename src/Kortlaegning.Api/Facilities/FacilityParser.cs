using System.Globalization;
using Kortlaegning.Api.Infrastructure;
using NetTopologySuite.Geometries;

namespace Kortlaegning.Api.Facilities;

/// <summary>How to read submitted text: decimal comma (semicolon CSV from Danish Excel), the SRID of x/y columns, default source.</summary>
public sealed record ParseOptions(bool DecimalComma = false, int? XySrid = null, string Source = "upload");

/// <summary>
/// Turns <see cref="FacilityFields"/> (and a geometry, when the channel carries one) into a <see cref="Facility"/>, listing
/// every bad field rather than stopping at the first. The geometry keeps the SRID it came in (4326 for lon/lat); PostGIS
/// projects it to 25832 and checks Denmark's extent when it is stored.
/// </summary>
public static class FacilityParser
{
    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);

    public static (Facility? Facility, List<FieldError> Errors) Parse(FacilityFields f, Geometry? geometry, FacilityTypes types, ParseOptions options)
    {
        var errors = new List<FieldError>();
        void Bad(string field, string reason) => errors.Add(new FieldError(field, reason));

        var name = Text(f, "name", "name", 200, errors);
        if (name is null && !errors.Any(e => e.Field == "name")) Bad("name", "A name is required.");
        var type = types.Find(f["type"]);
        if (type is null) Bad("type", f["type"] is null ? $"A type is required; one of: {types.Codes}." : $"Unknown type '{f["type"]}'; one of: {types.Codes}.");

        geometry ??= PointFromFields(f, options, errors);
        if (geometry is not null) CheckGeometry(geometry, type, errors);
        else if (!errors.Any(e => e.Field is "geometry" or "lon" or "lat" or "x" or "y")) Bad("geometry", "A location is required: lon and lat (EPSG:4326), x and y with an srid, or a GeoJSON geometry.");

        int? capacity = null;
        if (f["capacity"] is { } capText)
        {
            if (Number(capText, options) is { } c && c >= 0 && c <= 1_000_000 && c == Math.Floor(c)) capacity = (int)c;
            else Bad("capacity", $"'{capText}' is not a whole number of persons (0–1,000,000).");
        }
        var setting = f["setting"] switch
        {
            null => type?.Setting ?? "indoor",
            var s => s.ToLowerInvariant() switch
            {
                "indoor" or "inde" or "indendørs" => "indoor",
                "outdoor" or "ude" or "udendørs" => "outdoor",
                "both" or "begge" => "both",
                _ => null,
            },
        };
        if (setting is null) Bad("setting", $"'{f["setting"]}' is not indoor, outdoor or both.");
        var stepFree = Bool(f, "stepfree", "stepFree", errors);
        string? bookable = f["bookable"]?.ToLowerInvariant().Replace('-', '_').Replace(' ', '_') switch
        {
            null => null,
            "yes" or "ja" or "true" => "yes",
            "no" or "nej" or "false" => "no",
            "on_request" or "efter_aftale" or "request" => "on_request",
            _ => "?",
        };
        if (bookable == "?") Bad("bookable", $"'{f["bookable"]}' is not yes, no or on_request.");

        DateOnly? verified = null;
        if (f["lastverified"] is { } dateText)
        {
            if (DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                && d <= DateOnly.FromDateTime(DateTime.UtcNow.AddDays(1)))
            {
                verified = d;
            }
            else Bad("lastVerified", $"'{dateText}' is not a date (yyyy-mm-dd) that has already happened.");
        }
        var tags = (f["tags"] ?? "").Split(['|', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        if (tags.Length > 30 || tags.Any(t => t.Length > 50)) Bad("tags", "At most 30 tags of at most 50 characters each.");
        var candidate = Bool(f, "candidatespot", "candidateSpot", errors) ?? false;
        var illustrative = Bool(f, "illustrative", "illustrative", errors) ?? false;
        var (address, organisation, contact, hours, notes) = (Text(f, "address", "address", 300, errors), Text(f, "organisation", "organisation", 200, errors),
            Text(f, "contact", "contact", 300, errors), Text(f, "openinghours", "openingHours", 300, errors), Text(f, "notes", "notes", 2000, errors));
        var source = Text(f, "source", "source", 100, errors) ?? options.Source;

        if (errors.Count > 0) return (null, errors);
        return (new Facility
        {
            Name = name!, Type = type!.Code, Geometry = geometry!, Address = address, Organisation = organisation, Capacity = capacity,
            Setting = setting!, StepFree = stepFree, Bookable = bookable, Contact = contact, OpeningHours = hours, Notes = notes,
            Tags = tags, Source = source, LastVerified = verified, CandidateSpot = candidate, Illustrative = illustrative,
        }, errors);
    }

    private static Geometry? PointFromFields(FacilityFields f, ParseOptions options, List<FieldError> errors)
    {
        if (f.Has("lon") || f.Has("lat"))
        {
            var lon = Coordinate(f, "lon", options, -180, 180, errors);
            var lat = Coordinate(f, "lat", options, -90, 90, errors);
            return lon is null || lat is null ? null : Wgs84.CreatePoint(new Coordinate(lon.Value, lat.Value));
        }
        if (f.Has("x") || f.Has("y"))
        {
            var x = Coordinate(f, "x", options, double.MinValue, double.MaxValue, errors);
            var y = Coordinate(f, "y", options, double.MinValue, double.MaxValue, errors);
            if (options.XySrid is null)
            {
                errors.Add(new FieldError("srid", "x/y coordinates need their EPSG code: pass srid (e.g. srid=25832), or give lon/lat."));
                return null;
            }
            return x is null || y is null ? null : new GeometryFactory(new PrecisionModel(), options.XySrid.Value).CreatePoint(new Coordinate(x.Value, y.Value));
        }
        return null;
    }

    private static void CheckGeometry(Geometry g, FacilityType? type, List<FieldError> errors)
    {
        if (g.IsEmpty || g.Coordinates.Any(c => !double.IsFinite(c.X) || !double.IsFinite(c.Y)))
        {
            errors.Add(new FieldError("geometry", "The geometry is empty or has non-finite coordinates."));
            return;
        }
        bool polygon = g is Polygon or MultiPolygon;
        if (g is not Point && !polygon) errors.Add(new FieldError("geometry", $"A {g.GeometryType} is not accepted: give a Point (or a Polygon for green areas)."));
        else if (polygon && type is not null && !type.AllowsPolygon) errors.Add(new FieldError("geometry", $"A {type.Code} is a Point; only {"green_area"} may be a polygon."));
        else if (polygon && !g.IsValid) errors.Add(new FieldError("geometry", "The polygon is not valid (self-intersecting or unclosed ring)."));
    }

    private static double? Coordinate(FacilityFields f, string key, ParseOptions options, double min, double max, List<FieldError> errors)
    {
        var text = f[key];
        if (text is not null && Number(text, options) is { } v && v >= min && v <= max) return v;
        errors.Add(new FieldError(key, text is null ? $"'{key}' is required with the other coordinate." : $"'{text}' is not a coordinate."));
        return null;
    }

    /// <summary>Invariant first; with decimal comma allowed (semicolon CSV), "12,5" as 12.5.</summary>
    private static double? Number(string text, ParseOptions options) =>
        DanishNumbers.TryParse(text, options.DecimalComma, out var d) ? d : null;

    private static bool? Bool(FacilityFields f, string key, string field, List<FieldError> errors) => f[key]?.ToLowerInvariant() switch
    {
        null => null,
        "true" or "yes" or "ja" or "1" => true,
        "false" or "no" or "nej" or "0" => false,
        var other => Fail(errors, field, $"'{other}' is not yes or no."),
    };

    private static bool? Fail(List<FieldError> errors, string field, string reason)
    {
        errors.Add(new FieldError(field, reason));
        return null;
    }

    private static string? Text(FacilityFields f, string key, string field, int max, List<FieldError> errors)
    {
        var text = f[key];
        if (text is not null && text.Length > max) errors.Add(new FieldError(field, $"At most {max} characters ({text.Length} given)."));
        return text;
    }
}
