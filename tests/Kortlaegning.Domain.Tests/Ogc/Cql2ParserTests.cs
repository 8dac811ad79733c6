using Kortlaegning.Domain.Ogc;

namespace Kortlaegning.Domain.Tests.Ogc;

public class Cql2ParserTests
{
    private static readonly Dictionary<string, Cql2Type> Queryables = new()
    {
        ["code"] = Cql2Type.String,
        ["name"] = Cql2Type.String,
        ["areaKm2"] = Cql2Type.Number,
        ["geometry"] = Cql2Type.Geometry,
    };

    [Theory]
    [InlineData("name = 'Odense'", Cql2Operator.Equal)]
    [InlineData("name <> 'Odense'", Cql2Operator.NotEqual)]
    [InlineData("name<'B'", Cql2Operator.Less)]
    [InlineData("name <= 'B'", Cql2Operator.LessOrEqual)]
    [InlineData("name > 'B'", Cql2Operator.Greater)]
    [InlineData("name >= 'B'", Cql2Operator.GreaterOrEqual)]
    public void ComparisonsParse(string text, Cql2Operator op) =>
        Assert.Equal(new Cql2Comparison("name", op, new Cql2String(text[(text.IndexOf('\'') + 1)..^1])), Cql2Parser.Parse(text));

    [Fact]
    public void NumbersBooleansAndQuotesAreLiterals()
    {
        Assert.Equal(new Cql2Comparison("areaKm2", Cql2Operator.Greater, new Cql2Number(-12.5e1)), Cql2Parser.Parse("areaKm2 > -12.5e1"));
        Assert.Equal(new Cql2Comparison("name", Cql2Operator.Equal, new Cql2String("Sankt Hans' Sogn")), Cql2Parser.Parse("\"name\" = 'Sankt Hans'' Sogn'"));
        Assert.Equal(new Cql2Comparison("x", Cql2Operator.Equal, new Cql2Boolean(true)), Cql2Parser.Parse("x = true"));
    }

    [Fact]
    public void ALiteralOnTheLeftIsTurnedAround() =>
        Assert.Equal(new Cql2Comparison("areaKm2", Cql2Operator.Less, new Cql2Number(10)), Cql2Parser.Parse("10 > areaKm2"));

    [Fact]
    public void AndBindsTighterThanOrAndNotTightest()
    {
        var e = Cql2Parser.Parse("a = 1 OR NOT b = 2 and c IS NOT NULL");
        var expected = new Cql2Or(
            new Cql2Comparison("a", Cql2Operator.Equal, new Cql2Number(1)),
            new Cql2And(new Cql2Not(new Cql2Comparison("b", Cql2Operator.Equal, new Cql2Number(2))), new Cql2Not(new Cql2IsNull("c"))));
        Assert.Equal(expected, e);
    }

    [Fact]
    public void ParenthesesGroup() =>
        Assert.IsType<Cql2And>(Cql2Parser.Parse("(a = 1 OR b = 2) AND c = 3"));

    [Fact]
    public void LikeBetweenAndInParse()
    {
        Assert.Equal(new Cql2Like("name", "Sankt%"), Cql2Parser.Parse("name LIKE 'Sankt%'"));
        Assert.Equal(new Cql2Not(new Cql2Like("name", "_dense")), Cql2Parser.Parse("name NOT LIKE '_dense'"));
        Assert.Equal(new Cql2Between("areaKm2", new Cql2Number(1), new Cql2Number(5)), Cql2Parser.Parse("areaKm2 BETWEEN 1 AND 5"));
        var i = Assert.IsType<Cql2In>(Cql2Parser.Parse("code IN ('0461', '0751')"));
        Assert.Equal(["0461", "0751"], i.Values.Cast<Cql2String>().Select(v => v.Value));
    }

    [Fact]
    public void IntersectsTakesWktAndBbox()
    {
        var p = Assert.IsType<Cql2Intersects>(Cql2Parser.Parse("S_INTERSECTS(geometry, POLYGON((10 55, 11 55, 11 56, 10 55)))"));
        Assert.Equal("POLYGON((10 55,11 55,11 56,10 55))", p.Geometry.Wkt);
        var b = Assert.IsType<Cql2Intersects>(Cql2Parser.Parse("s_intersects(BBOX(10.3, 55.3, 10.5, 55.5), geometry)"));
        Assert.Equal("geometry", b.Property);
        Assert.Equal("POLYGON((10.3 55.3,10.5 55.3,10.5 55.5,10.3 55.5,10.3 55.3))", b.Geometry.Wkt);
        Assert.Equal("POINT(10.4 55.4)", ((Cql2Intersects)Cql2Parser.Parse("S_INTERSECTS(geometry,POINT(10.4 55.4))")).Geometry.Wkt);
        Assert.Equal("MULTIPOINT((1 2),(3 4))", ((Cql2Intersects)Cql2Parser.Parse("S_INTERSECTS(geometry, MULTIPOINT(1 2, (3 4)))")).Geometry.Wkt);
        Assert.Equal("LINESTRING(1 2,3 4)", ((Cql2Intersects)Cql2Parser.Parse("S_INTERSECTS(geometry, LINESTRING(1 2, 3 4))")).Geometry.Wkt);
        Assert.Equal("MULTIPOLYGON(((0 0,1 0,1 1,0 0)),((5 5,6 5,6 6,5 5)))",
            ((Cql2Intersects)Cql2Parser.Parse("S_INTERSECTS(geometry, MULTIPOLYGON(((0 0,1 0,1 1,0 0)),((5 5,6 5,6 6,5 5))))")).Geometry.Wkt);
    }

    [Theory]
    [InlineData("")]
    [InlineData("name =")]
    [InlineData("name = 'Odense")]
    [InlineData("name == 'a'")]
    [InlineData("name = 'a' AND")]
    [InlineData("(name = 'a'")]
    [InlineData("name = 'a')")]
    [InlineData("name ~ 'a'")]
    [InlineData("name LIKE 5")]
    [InlineData("name IS 'a'")]
    [InlineData("areaKm2 BETWEEN 1")]
    [InlineData("code IN ()")]
    [InlineData("CASEI(name) = 'a'")]
    [InlineData("S_INTERSECTS(geometry, POLYGON((10 55, 11 55, 11 56, 10 56)))")]
    [InlineData("S_INTERSECTS(geometry, POLYGON((10 55, 11 55, 10 55)))")]
    [InlineData("S_INTERSECTS(geometry, POINT(1 2 3))")]
    [InlineData("S_INTERSECTS(geometry, BBOX(2, 2, 1, 1))")]
    [InlineData("S_INTERSECTS(geometry, geometry)")]
    [InlineData("S_INTERSECTS(POINT(1 2), POINT(1 2))")]
    [InlineData("name = 'a'; DROP TABLE areas")]
    [InlineData("areaKm2 > 1e999")]
    public void BadSyntaxIsAnErrorWithAPosition(string text)
    {
        Assert.Null(Cql2Parser.TryParse(text, out var error));
        Assert.Contains("character", error);
    }

    [Fact]
    public void DeepNestingAndLongInputAreRefused()
    {
        Assert.Throws<Cql2SyntaxException>(() => Cql2Parser.Parse(new string('(', 200) + "a = 1" + new string(')', 200)));
        Assert.Throws<Cql2SyntaxException>(() => Cql2Parser.Parse(string.Concat(Enumerable.Repeat("NOT ", 200)) + "a = 1"));
        Assert.Throws<Cql2SyntaxException>(() => Cql2Parser.Parse("name = '" + new string('x', Cql2Parser.MaxLength) + "'"));
    }

    [Fact]
    public void CheckNamesUnknownPropertiesAndTypeMismatches()
    {
        Assert.Empty(Cql2Check.Problems(Cql2Parser.Parse("name LIKE 'A%' AND areaKm2 BETWEEN 1 AND 2 AND S_INTERSECTS(geometry, POINT(1 2))"), Queryables));
        Assert.Contains("'population' is not a queryable", Assert.Single(Cql2Check.Problems(Cql2Parser.Parse("population > 5"), Queryables)));
        Assert.Single(Cql2Check.Problems(Cql2Parser.Parse("areaKm2 = 'big'"), Queryables));
        Assert.Single(Cql2Check.Problems(Cql2Parser.Parse("areaKm2 LIKE '1%'"), Queryables));
        Assert.Single(Cql2Check.Problems(Cql2Parser.Parse("name BETWEEN 'a' AND 'b'"), Queryables));
        Assert.Single(Cql2Check.Problems(Cql2Parser.Parse("S_INTERSECTS(name, POINT(1 2))"), Queryables));
        Assert.Single(Cql2Check.Problems(Cql2Parser.Parse("geometry = 'x'"), Queryables));
        Assert.Equal(2, Cql2Check.Problems(Cql2Parser.Parse("a = 1 OR NOT b IS NULL"), Queryables).Count);
    }
}
