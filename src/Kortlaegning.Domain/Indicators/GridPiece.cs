namespace Kortlaegning.Domain.Indicators;

/// <summary>
/// The part of one grid cell inside a polygon. Population is assumed uniform within a cell, so the population
/// inside is <c>CellPopulation × OverlapArea / CellArea</c>. Areas in square metres.
/// </summary>
public readonly record struct GridPiece(int CellIndex, double CellPopulation, double OverlapArea, double CellArea, double? AreaValue)
{
    public double PopulationInside => CellArea > 0 ? CellPopulation * OverlapArea / CellArea : 0;
}
