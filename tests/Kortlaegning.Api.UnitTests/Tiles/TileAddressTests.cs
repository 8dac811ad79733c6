using Kortlaegning.Api.Tiles;

namespace Kortlaegning.Api.UnitTests.Tiles;

public class TileAddressTests
{
    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(12, 2143, 1281)]
    [InlineData(16, 65535, 65535)]
    public void TilesOnTheGridAreAccepted(int z, int x, int y) => Assert.False(TilesEndpoints.Validate(z, x, y).Any);

    [Theory]
    [InlineData(17, 0, 0, "z")]
    [InlineData(-1, 0, 0, "z")]
    [InlineData(3, 8, 0, "x")] // 2³ columns: 0–7
    [InlineData(3, 0, -1, "y")]
    public void ATileOffTheGridNamesTheCoordinate(int z, int x, int y, string field) =>
        Assert.Equal([field], TilesEndpoints.Validate(z, x, y).ToDictionary().Keys);

    [Fact]
    public void TheSimplificationToleranceHalvesWithEachZoom() =>
        Assert.Equal(TileSource.Tolerance(7), 2 * TileSource.Tolerance(8), 9);
}
