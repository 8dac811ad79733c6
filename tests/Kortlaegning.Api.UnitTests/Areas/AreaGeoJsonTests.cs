using System.Text.Json;
using Kortlaegning.Api.Areas;
using Kortlaegning.Api.Infrastructure;

namespace Kortlaegning.Api.UnitTests.Areas;

public class AreaGeoJsonTests
{
    private static readonly AreaRow Odder = new(7, "parish", "8087", "Odder", "0727", 40.123, "dagi-2014-sogne", 2014,
        """{"type":"MultiPolygon","coordinates":[[[[10.1,55.9],[10.2,55.9],[10.2,56],[10.1,55.9]]]]}""");

    private static readonly string[] PropertyNames = ["level", "code", "name", "municipalityCode", "areaKm2", "source", "sourceYear"];

    [Fact]
    public void TheApiAndOgcWriteTheSamePropertiesAndDifferOnlyInTheId()
    {
        var api = JsonDocument.Parse(AreaGeoJson.Collection([], [Odder], AreaGeoJson.ApiId)).RootElement.GetProperty("features")[0];
        var ogc = JsonDocument.Parse(AreaGeoJson.Collection([], [Odder], AreaGeoJson.OgcId)).RootElement.GetProperty("features")[0];
        Assert.Equal("parish:8087", api.GetProperty("id").GetString());
        Assert.Equal("8087", ogc.GetProperty("id").GetString());
        Assert.Equal(PropertyNames, api.GetProperty("properties").EnumerateObject().Select(p => p.Name));
        Assert.Equal(api.GetProperty("properties").GetRawText(), ogc.GetProperty("properties").GetRawText());
        Assert.Equal(api.GetProperty("geometry").GetRawText(), ogc.GetProperty("geometry").GetRawText());
    }

    [Fact]
    public void ACollectionCarriesItsForeignMembersBeforeTheFeatures()
    {
        var fc = JsonDocument.Parse(AreaGeoJson.Collection([new("numberMatched", 1L)], [Odder], AreaGeoJson.OgcId)).RootElement;
        Assert.Equal(["type", "numberMatched", "features"], fc.EnumerateObject().Select(p => p.Name));
        Assert.Equal("MultiPolygon", fc.GetProperty("features")[0].GetProperty("geometry").GetProperty("type").GetString());
    }

    [Fact]
    public void OneAreaAddsItsParentsToThePropertiesAndItsSourcesToTheFeature()
    {
        var parent = new ParentRef("municipality", "0727", "Odder", 1.0, true);
        var source = new SourceNote("dagi-2014-sogne", "DAGI", "Geodatastyrelsen", "CC BY 4.0");
        var feature = JsonDocument.Parse(AreaGeoJson.One(Odder, AreaGeoJson.ApiId, [parent], [source])).RootElement;
        Assert.Equal(["type", "id", "geometry", "properties", "sources"], feature.EnumerateObject().Select(p => p.Name));
        var p = feature.GetProperty("properties");
        Assert.Equal([.. PropertyNames, "parents"], p.EnumerateObject().Select(x => x.Name));
        Assert.True(p.GetProperty("parents")[0].GetProperty("primary").GetBoolean());
        Assert.Equal("Geodatastyrelsen", feature.GetProperty("sources")[0].GetProperty("attribution").GetString());
    }

    [Fact]
    public void AnAreaWithoutMunicipalityOrYearWritesNulls()
    {
        var custom = Odder with { Level = "custom", Code = "x", MunicipalityCode = null, SourceYear = null };
        var p = JsonDocument.Parse(AreaGeoJson.Collection([], [custom], AreaGeoJson.ApiId)).RootElement.GetProperty("features")[0].GetProperty("properties");
        Assert.Equal(JsonValueKind.Null, p.GetProperty("municipalityCode").ValueKind);
        Assert.Equal(JsonValueKind.Null, p.GetProperty("sourceYear").ValueKind);
    }
}
