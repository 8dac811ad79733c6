using Kortlaegning.Domain.Boundaries;
using Kortlaegning.Domain.OwnAreas;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Kortlaegning.Domain.Tests.OwnAreas;

public class OwnAreaPreparerTests
{
    private static readonly WKTReader Wkt = new();

    private static BoundaryFeature F(int i, string? code, string? wkt, params (string, object?)[] props)
    {
        var p = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase) { ["afd"] = code };
        foreach (var (k, v) in props) p[k] = v;
        return new BoundaryFeature(i, p, wkt is null ? null : Wkt.Read(wkt));
    }

    private static OwnAreaPreparation Prepare(bool dissolve, params BoundaryFeature[] features)
    {
        var layer = new BoundaryLayer(BoundaryFormat.GeoJson, null, 4326, "EPSG:4326", BoundaryReader.FieldsOf(features), features);
        var mapping = AttributeMapping.Build(layer.Fields, null, "afd", null, new List<string>());
        return OwnAreaPreparer.Prepare(layer, AreaLevel.HousingDepartment, "afd", null, mapping, dissolve);
    }

    private const string Square = "POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))";
    private const string Other = "POLYGON ((2 0, 3 0, 3 1, 2 1, 2 0))";

    [Fact]
    public void DuplicateCodesAreRejectedNamingBothRows()
    {
        var p = Prepare(false, F(0, "7", Square), F(1, "10", Other), F(2, "7", Other));
        var problem = Assert.Single(p.Problems);
        Assert.Equal(3, problem.Row);
        Assert.Contains("rows 1 and 3", problem.Message);
        Assert.Single(p.Areas);
    }

    [Fact]
    public void DissolveMergesPiecesOfOneArea()
    {
        var p = Prepare(true, F(0, "7", Square), F(1, "7", Other));
        Assert.Empty(p.Problems);
        var area = Assert.Single(p.Areas);
        Assert.Equal([1, 2], area.Rows);
        Assert.Equal(2, area.Geometry.NumGeometries);
    }

    [Fact]
    public void ABowTieIsRepairedAndReported()
    {
        var p = Prepare(false, F(0, "bow", "POLYGON ((0 0, 1 1, 1 0, 0 1, 0 0))"));
        Assert.Empty(p.Problems);
        Assert.Contains("repaired", Assert.Single(p.Repairs).Message);
        Assert.True(p.Areas.Single().Geometry.IsValid);
    }

    [Fact]
    public void APointIsKeptForADepartmentKnownByItsAddress()
    {
        var p = Prepare(false, F(0, "p", "POINT (10.2 55.9)"));
        Assert.True(p.Areas.Single().IsPoint);
    }

    [Fact]
    public void EveryBadRowIsReportedNotJustTheFirst()
    {
        var p = Prepare(false, F(0, null, Square), F(1, "line", "LINESTRING (0 0, 1 1)"), F(2, "nogeom", null), F(3, "h", Square, ("BOLIGER", "many")));
        Assert.Equal([1, 2, 3, 4], p.Problems.Select(x => x.Row));
        Assert.Equal("BOLIGER", p.Problems[3].Field);
        Assert.Empty(p.Areas);
    }

    [Fact]
    public void AttributesAndTheStatedMunicipalityAreRead()
    {
        var p = Prepare(false, F(0, "7", Square, ("BOLIGER", 120L), ("kommune", "727"), ("afdelingsbestyrelse", "nej")));
        var area = p.Areas.Single();
        Assert.Equal(120, area.Attributes.Homes);
        Assert.False(area.Attributes.Board);
        Assert.Equal("0727", area.Municipality);
    }

    [Fact]
    public void ARepeatedCodeIsReportedEvenWhenItsFirstRowHasAnotherProblem()
    {
        // Found by the dry-run test: the first row's bad value hid the duplicate, so fixing it would have revealed a second problem.
        var p = Prepare(false, F(0, "7", Square, ("BOLIGER", "mange")), F(1, "7", Other));
        Assert.Equal([1, 2], p.Problems.Select(x => x.Row));
        Assert.Contains("rows 1 and 2", p.Problems[1].Message);
        Assert.Empty(p.Areas);
    }
}
