using System.Text;
using Kortlaegning.Domain.Boundaries;
using NetTopologySuite.Geometries;

namespace Kortlaegning.Domain.Tests.Boundaries;

public class OwnFormatReaderTests
{
    private static Stream Text(string s) => new MemoryStream(Encoding.UTF8.GetBytes(s));

    [Fact]
    public void CsvWithLonLatGivesPoints()
    {
        var layer = CsvBoundaryReader.Read(Text("afd;navn;lon;lat\n7;Afdeling 7;10,152;55,973\n"));
        var f = layer.Features.Single();
        Assert.Equal(10.152, ((Point)f.Geometry!).X, 6);
        Assert.Equal(4326, f.Geometry!.SRID);
        Assert.Equal(["afd", "navn"], layer.Fields);
    }

    [Fact]
    public void CsvWithWktKeepsPolygonsAndOtherColumns()
    {
        var layer = CsvBoundaryReader.Read(Text("afd,wkt,boliger\n7,\"POLYGON ((10.1 55.9, 10.2 55.9, 10.2 56, 10.1 55.9))\",120\n"));
        Assert.IsType<Polygon>(layer.Features.Single().Geometry);
        Assert.Equal("120", layer.Features.Single().Properties["boliger"]);
    }

    [Fact]
    public void MetresWithoutACrsAreRefused()
    {
        var e = Assert.Throws<BoundaryCrsException>(() => CsvBoundaryReader.Read(Text("afd,x,y\n7,571000,6200000\n")));
        Assert.Contains("srid", e.Message);
    }

    [Fact]
    public void MetresWithASridAreKept()
    {
        var layer = CsvBoundaryReader.Read(Text("afd,x,y\n7,571000,6200000\n"), 25832);
        Assert.Equal(25832, layer.Srid);
    }

    [Fact]
    public void AnEsriPrjForUtm32IsReprojectedToLonLat()
    {
        // ESRI's dialect, as ArcGIS and QGIS write it for ETRS89 / UTM zone 32N: no AUTHORITY.
        const string prj = """PROJCS["ETRS_1989_UTM_Zone_32N",GEOGCS["GCS_ETRS_1989",DATUM["D_ETRS_1989",SPHEROID["GRS_1980",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",9.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]""";
        var point = new GeometryFactory().CreatePoint(new Coordinate(571000, 6200000));
        var (srid, _) = PrjCrs.Apply(prj, [point]);
        Assert.Equal(4326, srid);
        // The same as the service's own UTM 32N transform, to under 0.1 m (GRS 80 and WGS 84 differ by millimetres; Odder).
        var (lon, lat) = Kortlaegning.Domain.Spatial.Crs.ToLonLat(new Kortlaegning.Domain.Distance.PlanarPoint(571000, 6200000));
        Assert.Equal(lon, point.X, 6);
        Assert.Equal(lat, point.Y, 6);
    }

    [Fact]
    public void APrjWithAnEpsgAuthorityKeepsItsSrid()
    {
        const string prj = """PROJCS["ETRS89 / UTM zone 32N",GEOGCS["ETRS89",DATUM["European_Terrestrial_Reference_System_1989",SPHEROID["GRS 1980",6378137,298.257222101]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",9],PARAMETER["scale_factor",0.9996],PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1],AUTHORITY["EPSG","25832"]]""";
        var point = new GeometryFactory().CreatePoint(new Coordinate(571000, 6200000));
        Assert.Equal(25832, PrjCrs.Apply(prj, [point]).Srid);
        Assert.Equal(571000, point.X);
    }

    [Fact]
    public void AnUnreadablePrjIsACrsError() =>
        Assert.Throws<BoundaryCrsException>(() => PrjCrs.Apply("PROJCS[nonsense", []));

    [Theory]
    [InlineData("application/geopackage+sqlite3", BoundaryFormat.GeoPackage)]
    [InlineData("application/zip", BoundaryFormat.Shapefile)]
    [InlineData("text/csv; charset=utf-8", BoundaryFormat.Csv)]
    [InlineData("application/geo+json", BoundaryFormat.GeoJson)]
    [InlineData("image/png", null)]
    public void ContentTypesChooseTheReader(string type, BoundaryFormat? format) => Assert.Equal(format, BoundaryFormats.FromContentType(type));
}
