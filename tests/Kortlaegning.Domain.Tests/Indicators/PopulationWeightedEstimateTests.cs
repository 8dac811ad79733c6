using Kortlaegning.Domain.Indicators;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Kortlaegning.Domain.Tests.Indicators;

public class PopulationWeightedEstimateTests
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 25832);

    // A 3×3 grid of 1 km cells from (0,0) to (3000,3000), numbered row by row from the bottom left:
    //   row 2:  6 7 8      population of cell k = (k + 1) × 100
    //   row 1:  3 4 5      value of cell k: 10 in the left column, 20 in the middle, 30 in the right
    //   row 0:  0 1 2
    private static GridCell[] Grid()
    {
        var cells = new GridCell[9];
        for (int k = 0; k < 9; k++)
        {
            int col = k % 3, row = k / 3;
            var env = new Envelope(col * 1000, (col + 1) * 1000, row * 1000, (row + 1) * 1000);
            cells[k] = new GridCell((Polygon)Factory.ToGeometry(env), (k + 1) * 100, (col + 1) * 10);
        }
        return cells;
    }

    // The square (500,500)–(2500,2500) covers cell 4 fully, half of each edge cell (1, 3, 5, 7) and a quarter of
    // each corner cell (0, 2, 6, 8). Population = 500 + ½(200 + 400 + 600 + 800) + ¼(100 + 300 + 700 + 900) = 2,000.
    // Weighted value: left column w = ¼·100 + ½·400 + ¼·700 = 400 (×10), middle ½·200 + 500 + ½·800 = 1,000 (×20),
    // right ¼·300 + ½·600 + ¼·900 = 600 (×30) → (4,000 + 20,000 + 18,000) / 2,000 = 21.
    [Fact]
    public void SquareOverHalfAndQuarterCellsGivesTheHandComputedPopulationAndMean()
    {
        var polygon = Factory.ToGeometry(new Envelope(500, 2500, 500, 2500));
        var pieces = GridOverlap.Pieces(polygon, Grid());
        var estimate = PopulationWeightedEstimate.Estimate(pieces);

        Assert.Equal(9, pieces.Count);
        Assert.Equal(1_000_000, pieces.Single(p => p.CellIndex == 4).OverlapArea, 6);
        Assert.Equal(250_000, pieces.Single(p => p.CellIndex == 0).OverlapArea, 6);
        Assert.Equal(2_000, estimate.Population, 6);
        Assert.Equal(21, estimate.WeightedMeanValue!.Value, 9);
        Assert.Equal(1, estimate.Coverage, 9);
    }

    // Touching cells along an edge share no area, so a polygon exactly on cell 4 yields one piece.
    [Fact]
    public void PolygonOnOneCellIgnoresNeighboursThatOnlyTouch()
    {
        var pieces = GridOverlap.Pieces(Factory.ToGeometry(new Envelope(1000, 2000, 1000, 2000)), Grid());
        Assert.Equal(4, Assert.Single(pieces).CellIndex);
    }

    // Cells whose area has no value still count as population, but the mean rests only on those that have one.
    [Fact]
    public void CellsWithoutAValueCountAsPopulationButNotInTheMean()
    {
        var estimate = PopulationWeightedEstimate.Estimate(
        [
            new GridPiece(0, 100, 1, 1, 10),
            new GridPiece(1, 300, 1, 1, null),
        ]);
        Assert.Equal(400, estimate.Population);
        Assert.Equal(10, estimate.WeightedMeanValue);
        Assert.Equal(0.25, estimate.Coverage);
    }

    [Fact]
    public void PolygonOutsideTheGridHasNoPopulationAndNoEstimate()
    {
        var pieces = GridOverlap.Pieces(Factory.ToGeometry(new Envelope(10_000, 11_000, 0, 1000)), Grid());
        var estimate = PopulationWeightedEstimate.Estimate(pieces);
        Assert.Equal(0, estimate.Population);
        Assert.Null(estimate.WeightedMeanValue);
    }

    // A bow-tie has a meaningless area; intersecting it would give a silently wrong population.
    [Fact]
    public void SelfIntersectingPolygonIsRejected()
    {
        var bowTie = new WKTReader().Read("POLYGON ((0 0, 2000 2000, 2000 0, 0 2000, 0 0))");
        Assert.Throws<ArgumentException>(() => GridOverlap.Pieces(bowTie, Grid()));
    }
}
