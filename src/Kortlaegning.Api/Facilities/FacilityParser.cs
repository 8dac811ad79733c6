using System.Globalization;
using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Api.Infrastructure.Localisation;
using Kortlaegning.Api.Infrastructure.Validation;
using NetTopologySuite.Geometries;

namespace Kortlaegning.Api.Facilities;

/// <summary>
/// How to read submitted text: decimal comma (semicolon CSV from Danish Excel), the SRID of x/y columns, default source,
/// and the state of a new facility that names none (a draft, DESIGN.md §1).
/// </summary>
public sealed record ParseOptions(bool DecimalComma = false, int? XySrid = null, string Source = "upload", string State = Publication.Draft);

/// <summary>
/// Turns <see cref="FacilityFields"/> (and a geometry, when the channel carries one) into a <see cref="Facility"/>, listing
/// every bad field rather than stopping at the first. The geometry keeps the SRID it came in (4326 for lon/lat); PostGIS
/// projects it to 25832 and checks Denmark's extent when it is stored.
/// </summary>
public static class FacilityParser
{
    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);

    /// <summary>Danish and other spellings accepted besides the enum names (matched after lower-casing; '-' and ' ' read as '_').</summary>
    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.Ordinal)
    {
        ["inde"] = "indoor",
        ["indendørs"] = "indoor",
        ["ude"] = "outdoor",
        ["udendørs"] = "outdoor",
        ["begge"] = "both",
        ["ja"] = "yes",
        ["true"] = "yes",
        ["nej"] = "no",
        ["false"] = "no",
        ["efter_aftale"] = "on_request",
        ["request"] = "on_request",
    };

    /// <summary>
    /// The facility, or every problem by field name (the API's names, e.g. <c>lastVerified</c>). <paramref name="geometryError"/>
    /// is a geometry the channel could not read (it is listed first, and no "location required" is added).
    /// </summary>
    public static (Facility? Facility, FieldErrors Errors) Parse(FacilityFields f, Geometry? geometry, FacilityTypes types, ParseOptions options, string? geometryError = null)
    {
        var errors = new FieldErrors();
        if (geometryError is not null) errors.Add("geometry", geometryError);

        var name = Text(f, "name", "name", FacilityLimits.Name, errors);
        if (name is null) errors.Add("name", Texts.NameRequired.Get());
        var type = types.Find(f["type"]);
        if (type is null) errors.Add("type", f["type"] is null ? Texts.TypeRequired.Format(types.Choices) : Texts.UnknownType.Format(f["type"], types.Choices));

        bool coordinatesFailed = false;
        geometry ??= PointFromFields(f, options, errors, out coordinatesFailed);
        if (geometry is not null) CheckGeometry(geometry, type, types, errors);
        else if (geometryError is null && !coordinatesFailed) errors.Add("geometry", Texts.LocationRequired.Get());

        int? capacity = null;
        if (f["capacity"] is { } capText)
        {
            if (Number(capText, options) is { } c && c >= 0 && c <= FacilityLimits.Capacity && c == Math.Floor(c)) capacity = (int)c;
            else errors.Add("capacity", Texts.CapacityRule.Format(capText));
        }
        var setting = f["setting"] is null ? type?.Setting ?? EnumNames.Name(FacilitySetting.Indoor) : EnumField<FacilitySetting>(f, "setting", errors);
        var stepFree = Bool(f, "stepfree", "stepFree", errors);
        var bookable = EnumField<FacilityBookable>(f, "bookable", errors);

        DateOnly? verified = null;
        if (f["lastverified"] is { } dateText)
        {
            if (DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                && d <= DateOnly.FromDateTime(DateTime.UtcNow.AddDays(1)))
            {
                verified = d;
            }
            else errors.Add("lastVerified", Texts.PastDateRule.Format(dateText));
        }
        var tags = (f["tags"] ?? "").Split(['|', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        if (tags.Length > FacilityLimits.Tags || tags.Any(t => t.Length > FacilityLimits.Tag)) errors.Add("tags", Texts.TagsRule.Format(FacilityLimits.Tags, FacilityLimits.Tag));
        var candidate = Bool(f, "candidatespot", "candidateSpot", errors) ?? false;
        var illustrative = Bool(f, "illustrative", "illustrative", errors) ?? false;
        var (address, organisation, contact, hours, notes) = (Text(f, "address", "address", FacilityLimits.Address, errors), Text(f, "organisation", "organisation", FacilityLimits.Organisation, errors),
            Text(f, "contact", "contact", FacilityLimits.Contact, errors), Text(f, "openinghours", "openingHours", FacilityLimits.OpeningHours, errors), Text(f, "notes", "notes", FacilityLimits.Notes, errors));
        var source = Text(f, "source", "source", FacilityLimits.Source, errors) ?? options.Source;
        var state = f["state"] is { } stateText ? Publication.Read(new StateBody(stateText.Trim().ToLowerInvariant()), errors) : options.State;

        if (errors.Any) return (null, errors);
        return (new Facility
        {
            Name = name!,
            Type = type!.Code,
            Geometry = geometry!,
            Address = address,
            Organisation = organisation,
            Capacity = capacity,
            Setting = setting!,
            StepFree = stepFree,
            Bookable = bookable,
            Contact = contact,
            OpeningHours = hours,
            Notes = notes,
            Tags = tags,
            Source = source,
            LastVerified = verified,
            CandidateSpot = candidate,
            Illustrative = illustrative,
            State = state!,
        }, errors);
    }

    /// <summary>Lower case, '-' and ' ' as '_', synonyms replaced: "On request" and "efter aftale" → on_request.</summary>
    private static string Canonical(string? text)
    {
        var key = (text ?? "").Trim().ToLowerInvariant().Replace('-', '_').Replace(' ', '_');
        return Synonyms.GetValueOrDefault(key, key);
    }

    /// <summary>The field as the enum's API name (<see cref="EnumNames"/>), null when absent; a listed problem when it is none of them.</summary>
    private static string? EnumField<T>(FacilityFields f, string key, FieldErrors errors) where T : struct, Enum
    {
        if (f[key] is not { } text) return null;
        if (EnumNames.TryParse<T>(Canonical(text), out var value)) return EnumNames.Name(value);
        errors.Add(key, Texts.NotOneOf.Format(text, EnumNames.List<T>()));
        return null;
    }

    private static Geometry? PointFromFields(FacilityFields f, ParseOptions options, FieldErrors errors, out bool failed)
    {
        failed = false;
        if (f.Has("lon") || f.Has("lat"))
        {
            var lon = Coordinate(f, "lon", options, -180, 180, errors);
            var lat = Coordinate(f, "lat", options, -90, 90, errors);
            failed = lon is null || lat is null;
            return failed ? null : Wgs84.CreatePoint(new Coordinate(lon!.Value, lat!.Value));
        }
        if (f.Has("x") || f.Has("y"))
        {
            var x = Coordinate(f, "x", options, double.MinValue, double.MaxValue, errors);
            var y = Coordinate(f, "y", options, double.MinValue, double.MaxValue, errors);
            if (options.XySrid is null)
            {
                errors.Add("srid", Texts.XyNeedSrid.Get());
                failed = true;
                return null;
            }
            failed = x is null || y is null;
            return failed ? null : new GeometryFactory(new PrecisionModel(), options.XySrid.Value).CreatePoint(new Coordinate(x!.Value, y!.Value));
        }
        return null;
    }

    private static void CheckGeometry(Geometry g, FacilityType? type, FacilityTypes types, FieldErrors errors)
    {
        if (g.IsEmpty || g.Coordinates.Any(c => !double.IsFinite(c.X) || !double.IsFinite(c.Y)))
        {
            errors.Add("geometry", Texts.GeometryEmpty.Get());
            return;
        }
        bool polygon = g is Polygon or MultiPolygon;
        if (g is not Point && !polygon) errors.Add("geometry", Texts.FacilityGeometryKind.Format(g.GeometryType));
        else if (polygon && type is not null && !type.AllowsPolygon) errors.Add("geometry", Texts.FacilityPointOnly.Format(FacilityTypes.Label(type), types.Label("green_area")));
        else if (polygon && !g.IsValid) errors.Add("geometry", Texts.PolygonInvalid.Get());
    }

    private static double? Coordinate(FacilityFields f, string key, ParseOptions options, double min, double max, FieldErrors errors)
    {
        var text = f[key];
        if (text is not null && Number(text, options) is { } v && v >= min && v <= max) return v;
        errors.Add(key, text is null ? Texts.CoordinatePair.Format(key) : Texts.NotACoordinate.Format(text));
        return null;
    }

    /// <summary>Invariant first; with decimal comma allowed (semicolon CSV), "12,5" as 12.5.</summary>
    private static double? Number(string text, ParseOptions options) =>
        DanishNumbers.TryParse(text, options.DecimalComma, out var d) ? d : null;

    private static bool? Bool(FacilityFields f, string key, string field, FieldErrors errors)
    {
        switch (f[key]?.ToLowerInvariant())
        {
            case null: return null;
            case "true" or "yes" or "ja" or "1": return true;
            case "false" or "no" or "nej" or "0": return false;
            case var other:
                errors.Add(field, Texts.NotYesNo.Format(other));
                return null;
        }
    }

    private static string? Text(FacilityFields f, string key, string field, int max, FieldErrors errors)
    {
        var text = f[key];
        if (text is not null && text.Length > max) errors.Add(field, Texts.AtMostCharacters.Format(max, text.Length));
        return text;
    }
}
