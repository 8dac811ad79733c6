using Kortlaegning.Domain.Boundaries;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Kortlaegning.Domain.Tests.Boundaries;

public class BoundaryDissolverTests
{
    private static readonly WKTReader Wkt = new(new NetTopologySuite.NtsGeometryServices(new PrecisionModel(), 4326));

    private static BoundaryFeature Feature(int i, string? code, string? wkt, string? name = null) =>
        new(i, new Dictionary<string, object?> { ["CODE"] = code, ["NAME"] = name ?? $"n{i}" }, wkt is null ? null : Wkt.Read(wkt));

    [Fact]
    public void FeaturesThatShareACodeAreDissolvedIntoOneMultiPolygon()
    {
        var r = BoundaryDissolver.Dissolve(
        [
            Feature(0, "8907", "POLYGON((0 0,1 0,1 1,0 1,0 0))"),
            Feature(1, "8907", "POLYGON((5 5,6 5,6 6,5 6,5 5))"),
            Feature(2, "8908", "POLYGON((1 0,2 0,2 1,1 1,1 0))"),
        ], AreaLevel.Parish, "CODE", "NAME");
        Assert.Equal(2, r.Areas.Count);
        var treenigheds = r.Areas.Single(a => a.Code == "8907");
        Assert.Equal(2, treenigheds.Geometry.NumGeometries);
        Assert.Equal(2.0, treenigheds.Geometry.Area, 9);
        Assert.Equal(1, r.Dissolved);
        Assert.Equal(3, r.FeaturesRead);
    }

    [Fact]
    public void AdjacentPiecesOfOneCodeMergeIntoOnePolygon()
    {
        var r = BoundaryDissolver.Dissolve(
        [
            Feature(0, "1", "POLYGON((0 0,1 0,1 1,0 1,0 0))"),
            Feature(1, "1", "POLYGON((1 0,2 0,2 1,1 1,1 0))"),
        ], AreaLevel.Municipality, "CODE", null);
        Assert.Equal(1, r.Areas.Single().Geometry.NumGeometries);
        Assert.Equal("0001", r.Areas.Single().Code);
    }

    [Fact]
    public void ABowTieRingIsRepairedAndKeepsBothLobes()
    {
        // A self-intersecting "bow tie", as simplification leaves behind: invalid, area 0 by the shoelace formula.
        var r = BoundaryDissolver.Dissolve([Feature(0, "7001", "POLYGON((0 0,2 2,2 0,0 2,0 0))")], AreaLevel.Parish, "CODE", "NAME");
        var area = r.Areas.Single();
        Assert.True(area.Geometry.IsValid);
        Assert.Equal(2.0, area.Geometry.Area, 9); // two triangles of 1 each
        Assert.Equal(1, r.Repaired);
    }

    [Fact]
    public void ThreeDigitMunicipalityCodesAreNormalisedToFour()
    {
        var r = BoundaryDissolver.Dissolve(
        [
            Feature(0, "461", "POLYGON((0 0,1 0,1 1,0 1,0 0))"),
            Feature(1, "0461", "POLYGON((1 0,2 0,2 1,1 1,1 0))"),
        ], AreaLevel.Municipality, "CODE", "NAME");
        Assert.Equal("0461", r.Areas.Single().Code);
        Assert.Equal(1, r.Dissolved);
    }

    [Fact]
    public void FeaturesWithoutCodeOrPolygonAreRejectedWithAReason()
    {
        var r = BoundaryDissolver.Dissolve(
        [
            Feature(0, null, "POLYGON((0 0,1 0,1 1,0 1,0 0))"),
            Feature(1, "abc", "POLYGON((0 0,1 0,1 1,0 1,0 0))"),
            Feature(2, "7002", null),
            Feature(3, "7003", "LINESTRING(0 0,1 1)"),
            Feature(4, "7004", "POLYGON((0 0,1 0,1 1,0 1,0 0))"),
        ], AreaLevel.Parish, "CODE", "NAME");
        Assert.Equal("7004", r.Areas.Single().Code);
        Assert.Equal([0, 1, 2, 3], r.Rejected.Select(x => x.Index));
        Assert.Contains("no 'CODE' property", r.Rejected[0].Reason);
        Assert.Contains("sognekode", r.Rejected[1].Reason);
        Assert.Contains("no geometry", r.Rejected[2].Reason);
        Assert.Contains("no polygonal part", r.Rejected[3].Reason);
        Assert.Equal(["CODE", "CODE", "geometry", "geometry"], r.Rejected.Select(x => x.Field));
    }

    [Fact]
    public void TheLargestPieceNamesADissolvedArea()
    {
        var r = BoundaryDissolver.Dissolve(
        [
            Feature(0, "9179", "POLYGON((0 0,1 0,1 1,0 1,0 0))", "Small"),
            Feature(1, "9179", "POLYGON((5 5,8 5,8 8,5 8,5 5))", "Large"),
        ], AreaLevel.Parish, "CODE", "NAME");
        Assert.Equal("Large", r.Areas.Single().Name);
    }
}
