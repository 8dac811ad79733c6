using System.Text.Json;
using Kortlaegning.Api.Infrastructure.Localisation;
using NetTopologySuite.IO;
using NetTopologySuite.Operation.Valid;

namespace Kortlaegning.Api.UnitTests.Localisation;

/// <summary>
/// Issue 17: a library's reason quoted after a Danish sentence ("Ikke gyldig JSON: …", "Figuren er ugyldig: …") is
/// Danish too. The reasons come from the libraries themselves, so an upgrade that rewords one fails here.
/// </summary>
public class TechnicalReasonsTests
{
    private static string JsonError(string text)
    {
        var e = Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(text));
        return e.Message;
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("[1,")]
    [InlineData("{\"a\" 1}")]
    [InlineData("{a:1}")]
    [InlineData("x")]
    [InlineData("{\"a\":1}}")]
    [InlineData("{\"a\":1,}")]
    [InlineData("[1,]")]
    [InlineData("\"abc")]
    [InlineData("{\"a\":tru}")]
    [InlineData("[1 2]")]
    [InlineData("{\"a\":\"\\q\"}")]
    [InlineData("{\"a\":\"x\ny\"}")]
    [InlineData("1.")]
    [InlineData("01")]
    [InlineData("{\"a\":1")]
    [InlineData("{\"a\":}")]
    public void EveryJsonReaderReasonIsDanishWithItsPlace(string text)
    {
        var english = JsonError(text);
        var da = InLanguage.Run("da", () => TechnicalReasons.Localise(english));
        Assert.Matches(@" \(linje \d+, byte \d+\)$", da);
        var reason = da[..da.LastIndexOf(" (linje", StringComparison.Ordinal)];
        Assert.Contains(Texts.JsonReasons, t => System.Text.RegularExpressions.Regex.IsMatch(reason, Danish(t)));
        Assert.DoesNotContain("Expected", da, StringComparison.Ordinal);
        Assert.Equal(english, InLanguage.Run("en", () => TechnicalReasons.Localise(english)));
    }

    [Fact]
    public void TheJsonPlaceIsCountedFromOneForPeople()
    {
        var english = JsonError("{\"a\" 1}");
        Assert.EndsWith("LineNumber: 0 | BytePositionInLine: 5.", english);
        Assert.Equal("'1' kan ikke stå efter et egenskabsnavn; forventede ':'. (linje 1, byte 6)", InLanguage.Run("da", () => TechnicalReasons.Localise(english)));
    }

    [Fact]
    public void ASerializerReasonWithAPathIsDanishToo()
    {
        var english = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<int>("\"x\"")).Message;
        Assert.Contains("Path: $", english);
        Assert.Equal("JSON-værdien kan ikke læses som System.Int32. (linje 1, byte 4)", InLanguage.Run("da", () => TechnicalReasons.Localise(english)));
    }

    [Theory]
    [InlineData("POLYGON((0 0,1 1,1 0,0 1,0 0))", "kanterne skærer hinanden")]
    [InlineData("POLYGON((0 0,10 0,10 10,0 10,0 0),(20 20,21 20,21 21,20 20))", "et hul ligger uden for ydergrænsen")]
    [InlineData("POLYGON((0 0,1 0,0 0))", "en del af geometrien har for få punkter")]
    [InlineData("POLYGON((0 0,10 0,10 10,0 10,0 0),(1 1,5 1,5 5,1 5,1 1),(2 2,3 2,3 3,2 3,2 2))", "et hul ligger inden i et andet")]
    [InlineData("POLYGON((0 0,10 0,10 10,0 10,0 0),(5 0,10 5,5 10,0 5,5 0))", "fladen er delt i flere stykker af sine huller")]
    [InlineData("POLYGON((0 0,2 0,1 1,2 2,0 2,1 1,0 0))", "en ring skærer sig selv")]
    public void EveryGeometryReasonIsDanish(string wkt, string danish)
    {
        var error = new IsValidOp(new WKTReader().Read(wkt)).ValidationError!;
        Assert.Equal(danish, InLanguage.Run("da", () => TechnicalReasons.Localise(error.Message)));
        Assert.StartsWith(danish + " ved (", InLanguage.Run("da", () => TechnicalReasons.Localise(error.ToString())));
        Assert.Equal(error.Message, InLanguage.Run("en", () => TechnicalReasons.Localise(error.Message)));
    }

    [Fact]
    public void PostGisReasonsKeepTheirPlaceAndUnknownReasonsStayAsWritten()
    {
        Assert.Equal("kanterne skærer hinanden ved (0.5 0.5)", InLanguage.Run("da", () => TechnicalReasons.Localise("Self-intersection[0.5 0.5]")));
        Assert.Equal("en ring skærer sig selv ved (1 1)", InLanguage.Run("da", () => TechnicalReasons.Localise("Ring Self-intersection[1 1]")));
        Assert.Equal("Something new", InLanguage.Run("da", () => TechnicalReasons.Localise("Something new")));
    }

    [Fact]
    public void EveryJsonAndRequestTextIsAnsweredByItself()
    {
        var all = Texts.JsonReasons.Concat(Texts.RequestReasons).Concat(Texts.GeometryReadReasons).Concat(Texts.CrsReasons).ToList();
        var sentences = new EnglishSentences(all);
        var wrong = all.Where(t => sentences.KeyOf(DomainMessagesTests.Sample(t)) != t.Key).Select(t => t.Key).ToList();
        Assert.True(wrong.Count == 0, string.Join(", ", wrong));
    }

    [Theory]
    [InlineData("Required parameter \"string municipality\" was not provided from query string.", "Parameteren \"string municipality\" skal angives (query string).")]
    [InlineData("Failed to bind parameter \"int id\" from \"abc\".", "\"abc\" kan ikke læses som parameteren \"int id\".")]
    [InlineData("Expected a supported JSON media type but got \"text/plain\".", "Kroppen skal være JSON (Content-Type: application/json), ikke \"text/plain\".")]
    [InlineData("Request body too large. The max request body size is 1048576 bytes.", "Kroppen er for stor; højst 1048576 byte.")]
    [InlineData("Unable to find 'coordinates' in GeoJSON string", "GeoJSON-geometrien har ingen 'coordinates'")]
    [InlineData("points must form a closed linestring", "en ring slutter ikke, hvor den begynder")]
    public void RequestAndGeometryReadingMessagesAreDanish(string english, string danish)
    {
        Assert.Equal(danish, InLanguage.Run("da", () => TechnicalReasons.Localise(english)));
        Assert.Equal(english, InLanguage.Run("en", () => TechnicalReasons.Localise(english)));
    }

    [Fact]
    public void NetTopologySuitesOpenRingIsDanish()
    {
        var e = Assert.Throws<ArgumentException>(() => new NetTopologySuite.Geometries.GeometryFactory().CreateLinearRing(
            [new(0, 0), new(1, 1), new(1, 0), new(0, 1)]));
        Assert.Equal("en ring slutter ikke, hvor den begynder", InLanguage.Run("da", () => TechnicalReasons.Localise(e.Message)));
    }

    [Fact]
    public void TheMemberASerializerNamesIsKept()
    {
        var english = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Dictionary<string, int[]>>("{\"codes\":[1,\"x\"]}")).Message;
        Assert.Contains("Path: $.codes[1]", english);
        Assert.Equal("JSON-værdien kan ikke læses som System.Int32. (linje 1, byte 16, ved $.codes[1])", InLanguage.Run("da", () => TechnicalReasons.Localise(english)));
    }

    [Theory]
    [InlineData("nonsense", "'nonsense' er ikke et koordinatsystem i WKT")]
    [InlineData("PROJCS[1]", "forventede '\"', men fandt '1' i linje 1, kolonne 9")]
    public void ProjNetsReasonsForAnUnreadablePrjAreDanish(string prj, string danish)
    {
        var e = Assert.ThrowsAny<ArgumentException>(() => ProjNet.IO.CoordinateSystems.CoordinateSystemWktReader.Parse(prj));
        Assert.Equal(danish, InLanguage.Run("da", () => TechnicalReasons.Localise(e.Message)));
        var domain = Assert.Throws<Kortlaegning.Domain.Boundaries.BoundaryCrsException>(() => Kortlaegning.Domain.Boundaries.PrjCrs.Apply(prj, []));
        Assert.Equal($".prj-filen kan ikke læses ({danish}); angiv srid.", InLanguage.Run("da", () => DomainMessages.Localise(domain.Message)));
    }

    [Fact]
    public void AReasonInsideADomainMessageIsTranslated()
    {
        Assert.Equal("rettet: kanterne skærer hinanden", InLanguage.Run("da", () => DomainMessages.Localise("repaired: Self-intersection")));
        var json = JsonError("{a:1}");
        Assert.Equal("Ikke gyldig JSON: 'a' kan ikke begynde et egenskabsnavn; forventede '\"'. (linje 1, byte 2)",
            InLanguage.Run("da", () => DomainMessages.Localise("Not valid JSON: " + json)));
    }

    // A Danish text as a pattern: its values are anything.
    private static string Danish(Text t) =>
        "^" + string.Join(".+?", System.Text.RegularExpressions.Regex.Split(t.Da, @"\{\d+\}").Select(s => System.Text.RegularExpressions.Regex.Escape(s.Replace("{{", "{").Replace("}}", "}")))) + "$";
}
