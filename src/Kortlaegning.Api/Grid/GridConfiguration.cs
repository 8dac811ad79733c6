using Kortlaegning.Api.Areas;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kortlaegning.Api.Grid;

internal sealed class GridCellConfiguration : IEntityTypeConfiguration<GridCell>
{
    public void Configure(EntityTypeBuilder<GridCell> e)
    {
        e.ToTable("grid_cells");
        e.HasKey(c => c.Id);
        e.Property(c => c.Id).HasColumnName("id");
        e.Property(c => c.EKm).HasColumnName("e_km");
        e.Property(c => c.NKm).HasColumnName("n_km");
        e.Property(c => c.Population).HasColumnName("population");
        e.Property(c => c.Geometry).HasColumnName("geom").HasColumnType("geometry(Polygon,25832)");
        e.HasIndex(c => new { c.EKm, c.NKm }).IsUnique();
        e.HasIndex(c => c.Geometry).HasMethod("gist");
    }
}

internal sealed class GridCellAreaConfiguration : IEntityTypeConfiguration<GridCellArea>
{
    public void Configure(EntityTypeBuilder<GridCellArea> e)
    {
        e.ToTable("grid_cell_areas");
        e.HasKey(x => new { x.CellId, x.AreaId });
        e.Property(x => x.CellId).HasColumnName("cell_id");
        e.Property(x => x.AreaId).HasColumnName("area_id");
        e.Property(x => x.Share).HasColumnName("share");
        e.HasIndex(x => x.AreaId);
        e.HasOne<GridCell>().WithMany().HasForeignKey(x => x.CellId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Area>().WithMany().HasForeignKey(x => x.AreaId).OnDelete(DeleteBehavior.Cascade);
    }
}
