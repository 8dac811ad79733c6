using Kortlaegning.Api.Facilities;
using NetTopologySuite.Geometries;

namespace Kortlaegning.Api.UnitTests.Facilities;

public class FacilityParserTests
{
    private static FacilityFields Fields(params (string Name, string? Value)[] values)
    {
        var f = new FacilityFields();
        foreach (var (name, value) in values) f.Set(name, value);
        return f;
    }

    private static (Facility? Facility, IReadOnlyDictionary<string, string[]> Errors) Parse(FacilityFields f, ParseOptions? options = null, Geometry? geometry = null, string? geometryError = null)
    {
        var (facility, errors) = FacilityParser.Parse(f, geometry, TestTypes.Two, options ?? new ParseOptions(), geometryError);
        return (facility, errors.ToDictionary());
    }

    [Fact]
    public void AMinimalFacilityTakesItsSettingFromItsTypeAndIsAPointInLonLat()
    {
        var (facility, errors) = Parse(Fields(("name", "Bibliotek"), ("type", "library"), ("lon", "10.15"), ("lat", "55.97")));
        Assert.Empty(errors);
        Assert.Equal("indoor", facility!.Setting);
        Assert.Equal("upload", facility.Source);
        var point = Assert.IsType<Point>(facility.Geometry);
        Assert.Equal((10.15, 55.97, 4326), (point.X, point.Y, point.SRID));
    }

    [Fact]
    public void DanishAndLooseSpellingsOfSettingBookableAndBooleansAreUnderstood()
    {
        var (facility, errors) = Parse(Fields(("name", "Hal"), ("type", "library"), ("lng", "10"), ("latitude", "56"),
            ("setting", "Udendørs"), ("bookable", "Efter aftale"), ("step_free", "ja"), ("candidate", "0")));
        Assert.Empty(errors);
        Assert.Equal(("outdoor", "on_request", true, false), (facility!.Setting, facility.Bookable, facility.StepFree, facility.CandidateSpot));
    }

    [Fact]
    public void EveryBadFieldIsListedUnderItsApiName()
    {
        var (facility, errors) = Parse(Fields(("type", "hospital"), ("lon", "8.45"), ("lat", "55.47"), ("capacity", "-3"),
            ("bookable", "maybe"), ("setting", "sometimes"), ("lastVerified", "23/11/2026"), ("stepFree", "perhaps")));
        Assert.Null(facility);
        Assert.Equal(["name", "type", "capacity", "setting", "stepFree", "bookable", "lastVerified"], errors.Keys);
        Assert.Equal(["'maybe' er ikke en af: yes, no, on_request."], errors["bookable"]);
        Assert.Equal(["'sometimes' er ikke en af: indoor, outdoor, both."], errors["setting"]);
    }

    [Fact]
    public void TextLongerThanItsColumnIsRefusedWithTheLimit()
    {
        var (_, errors) = Parse(Fields(("name", new string('a', FacilityLimits.Name + 1)), ("type", "library"), ("lon", "10"), ("lat", "56")));
        Assert.Equal([$"Højst {FacilityLimits.Name} tegn ({FacilityLimits.Name + 1} angivet)."], errors["name"]);
    }

    [Fact]
    public void WithSemicolonCsvADecimalCommaIsAcceptedInCoordinatesAndCapacity()
    {
        var (facility, errors) = Parse(Fields(("name", "Hus"), ("type", "library"), ("lat", "55,9731"), ("lon", "10,1540"), ("capacity", "120")),
            new ParseOptions(DecimalComma: true));
        Assert.Empty(errors);
        Assert.Equal(10.154, facility!.Geometry.Coordinate.X, 9);
        Assert.Equal(120, facility.Capacity);
    }

    [Fact]
    public void XyCoordinatesWithoutAnSridAskForOneAndDoNotAlsoAskForALocation()
    {
        var (_, errors) = Parse(Fields(("name", "Hus"), ("type", "library"), ("x", "575000"), ("y", "6224000")));
        Assert.Equal(["srid"], errors.Keys);
    }

    [Fact]
    public void XyCoordinatesKeepTheGivenSrid()
    {
        var (facility, _) = Parse(Fields(("name", "Hus"), ("type", "library"), ("x", "575000"), ("y", "6224000")), new ParseOptions(XySrid: 25832));
        Assert.Equal(25832, facility!.Geometry.SRID);
    }

    [Fact]
    public void OneCoordinateWithoutTheOtherIsReportedForTheMissingOne()
    {
        var (_, errors) = Parse(Fields(("name", "Hus"), ("type", "library"), ("lon", "10")));
        Assert.Equal(["lat"], errors.Keys);
    }

    [Fact]
    public void NoLocationAtAllIsReportedAsAMissingGeometry()
    {
        var (_, errors) = Parse(Fields(("name", "Hus"), ("type", "library")));
        Assert.Equal(["geometry"], errors.Keys);
    }

    [Fact]
    public void AnUnreadableGeometryIsListedFirstAndNotAlsoAsMissing()
    {
        var (_, errors) = Parse(Fields(("type", "library")), geometryError: "Unreadable GeoJSON geometry: x");
        Assert.Equal(["geometry", "name"], errors.Keys);
        Assert.Single(errors["geometry"]);
    }

    [Fact]
    public void OnlyAGreenAreaMayBeAPolygon()
    {
        var factory = new GeometryFactory(new PrecisionModel(), 4326);
        var square = factory.CreatePolygon([new(8.45, 55.46), new(8.46, 55.46), new(8.46, 55.47), new(8.45, 55.47), new(8.45, 55.46)]);
        Assert.Empty(Parse(Fields(("name", "Park"), ("type", "green_area")), geometry: square).Errors);
        Assert.Contains("Typen 'Bibliotek' er et punkt; kun 'Grønt område'", Parse(Fields(("name", "Park"), ("type", "library")), geometry: square).Errors["geometry"][0]);
    }

    [Fact]
    public void TagsAreSplitOnBarsAndCommasWithoutDuplicates()
    {
        var (facility, _) = Parse(Fields(("name", "Hus"), ("type", "library"), ("lon", "10"), ("lat", "56"), ("tags", "kaffe|Strik, kaffe")));
        Assert.Equal(["kaffe", "Strik"], facility!.Tags);
    }

    [Fact]
    public void ALastVerifiedDateInTheFutureIsRefused()
    {
        var future = DateTime.UtcNow.AddDays(10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var (_, errors) = Parse(Fields(("name", "Hus"), ("type", "library"), ("lon", "10"), ("lat", "56"), ("last_verified", future)));
        Assert.Equal(["lastVerified"], errors.Keys);
    }
}
