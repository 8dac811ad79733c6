using System.Text.Json;
using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Api.Infrastructure.Localisation;
using Kortlaegning.Api.Infrastructure.Validation;
using Kortlaegning.Domain.Boundaries;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace Kortlaegning.Api.Facilities;

/// <summary>
/// An upload read into facilities, or the problems: every bad row as <c>rows[n].field</c> (<see cref="FieldErrors.AddRow"/>:
/// the line number for CSV, the header being line 1; the feature number for GeoJSON, the first being 1), and problems of
/// the whole file under <c>file</c>, <c>header</c> or <c>crs</c>.
/// </summary>
public sealed record FacilityUpload(IReadOnlyList<(int Line, Facility Facility)> Rows, FieldErrors Errors, bool IsGeoJson);

/// <summary>
/// Reads a facility upload. GeoJSON: a FeatureCollection (RFC 7946 lon/lat, or a legacy "crs" member such as
/// EPSG::25832; the srid parameter overrides), properties named as in the API. CSV: a header, comma or semicolon
/// separated (the header decides); with semicolons numbers may use a decimal comma (Danish Excel); coordinates in
/// lat/lon columns (EPSG:4326), or x/y with the srid parameter. Geometry is projected later, by PostGIS.
/// </summary>
public static class FacilityImportReader
{
    public static FacilityUpload Read(string text, FacilityTypes types, ParseOptions options)
    {
        var trimmed = text.AsSpan().TrimStart("\uFEFF \t\r\n");
        return trimmed.Length > 0 && trimmed[0] == '{' ? ReadGeoJson(text, types, options) : ReadCsv(text, types, options);
    }

    private static FacilityUpload ReadGeoJson(string text, FacilityTypes types, ParseOptions options)
    {
        var rows = new List<(int, Facility)>();
        var errors = new FieldErrors();
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(text);
        }
        catch (JsonException e)
        {
            errors.Add("file", Texts.NotValidJson.Format(TechnicalReasons.Localise(e.Message)));
            return new FacilityUpload(rows, errors, true);
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (!root.TryGetProperty("type", out var t) || t.ValueKind != JsonValueKind.String || t.GetString() != "FeatureCollection" || !root.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
            {
                errors.Add("file", Texts.FeatureCollectionRequired.Get());
                return new FacilityUpload(rows, errors, true);
            }
            int srid;
            try
            {
                srid = options.XySrid ?? LegacyCrs.SridOf(root);
            }
            catch (BoundaryFormatException e)
            {
                errors.Add("crs", DomainMessages.Localise(e.Message));
                return new FacilityUpload(rows, errors, true);
            }
            int n = 0;
            foreach (var feature in features.EnumerateArray())
            {
                n++;
                var (fields, geometry, geometryError) = FromJsonObject(feature, srid);
                var (facility, fieldErrors) = FacilityParser.Parse(fields, geometry, types, options, geometryError);
                if (fieldErrors.Any) AddRow(errors, n, fieldErrors);
                else rows.Add((n, facility!));
            }
        }
        return new FacilityUpload(rows, errors, true);
    }

    /// <summary>
    /// A GeoJSON Feature (properties + geometry) or a flat object (fields + lon/lat or a "geometry" member) as fields and
    /// geometry in <paramref name="srid"/>; an unreadable geometry is reported rather than thrown.
    /// </summary>
    public static (FacilityFields Fields, Geometry? Geometry, string? GeometryError) FromJsonObject(JsonElement obj, int srid)
    {
        bool isFeature = obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == "Feature";
        var fields = isFeature
            ? (obj.TryGetProperty("properties", out var p) ? FacilityFields.FromJson(p) : new FacilityFields())
            : FacilityFields.FromJson(obj, "geometry");
        if (obj.ValueKind != JsonValueKind.Object || !obj.TryGetProperty("geometry", out var g) || g.ValueKind != JsonValueKind.Object) return (fields, null, null);
        try
        {
            var options = new JsonSerializerOptions { Converters = { new GeoJsonConverterFactory(new GeometryFactory(new PrecisionModel(), srid)) } };
            var geometry = g.Deserialize<Geometry>(options);
            if (geometry is null) return (fields, null, null);
            geometry.SRID = srid;
            return (fields, geometry, null);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException or NotSupportedException)
        {
            return (fields, null, Texts.UnreadableGeoJsonGeometry.Format(TechnicalReasons.Localise(e.Message)));
        }
    }

    private static FacilityUpload ReadCsv(string text, FacilityTypes types, ParseOptions options)
    {
        var rows = new List<(int, Facility)>();
        var errors = new FieldErrors();
        var (csv, decimalComma) = UploadCsv.Open(text);
        using var _ = csv;
        options = options with { DecimalComma = decimalComma };
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } header)
        {
            errors.Add("header", Texts.FileEmpty.Get());
            return new FacilityUpload(rows, errors, false);
        }
        var keys = header.Select(FacilityFields.Key).ToArray();
        var missing = new List<string>();
        if (!keys.Contains("name")) missing.Add("name");
        if (!keys.Contains("type")) missing.Add("type");
        if (!(keys.Contains("lat") && keys.Contains("lon")) && !(keys.Contains("x") && keys.Contains("y"))) missing.Add(Texts.LatLonColumns.Get());
        if (missing.Count > 0)
        {
            errors.Add("header", Texts.MissingColumnsFound.Format(string.Join(", ", missing), string.Join(", ", header)));
            return new FacilityUpload(rows, errors, false);
        }
        while (csv.Read())
        {
            int line = csv.Parser.RawRow;
            var fields = new FacilityFields();
            for (int c = 0; c < header.Length; c++) fields.Set(header[c], csv.TryGetField<string>(c, out var v) ? v : null);
            var (facility, fieldErrors) = FacilityParser.Parse(fields, null, types, options);
            if (fieldErrors.Any) AddRow(errors, line, fieldErrors);
            else rows.Add((line, facility!));
        }
        return new FacilityUpload(rows, errors, false);
    }

    private static void AddRow(FieldErrors errors, int line, FieldErrors row)
    {
        foreach (var (field, messages) in row.ToDictionary())
        {
            foreach (var m in messages) errors.AddRow(line, field, m);
        }
    }
}
