using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kortlaegning.Api.Areas;

internal sealed class AreaConfiguration : IEntityTypeConfiguration<Area>
{
    public void Configure(EntityTypeBuilder<Area> e)
    {
        e.ToTable("areas", t =>
        {
            t.HasCheckConstraint("ck_areas_level",
                "level IN ('country','region','municipality','parish','postcode','housing_department','local_community','custom')");
            t.HasCheckConstraint("ck_areas_state", Infrastructure.Publication.Check);
        });
        e.HasKey(a => a.Id);
        e.Property(a => a.Id).HasColumnName("id");
        e.Property(a => a.Level).HasColumnName("level").HasMaxLength(32);
        e.Property(a => a.Code).HasColumnName("code").HasMaxLength(40);
        e.Property(a => a.Name).HasColumnName("name").HasMaxLength(200);
        e.Property(a => a.Geometry).HasColumnName("geom").HasColumnType("geometry(MultiPolygon,25832)");
        e.Property(a => a.AreaKm2).HasColumnName("area_km2");
        e.Property(a => a.MunicipalityCode).HasColumnName("municipality_code").HasMaxLength(4);
        e.Property(a => a.Source).HasColumnName("source").HasMaxLength(100);
        e.Property(a => a.SourceYear).HasColumnName("source_year");
        e.Property(a => a.UpdatedAt).HasColumnName("updated_at");
        e.Property(a => a.Version).HasColumnName("version").HasDefaultValue(1);
        e.Property(a => a.State).HasColumnName("state").HasMaxLength(10).HasDefaultValue(Infrastructure.Publication.Published);
        e.HasIndex(a => new { a.Level, a.Code }).IsUnique();
        e.HasIndex(a => new { a.Level, a.MunicipalityCode });
        e.HasIndex(a => a.Geometry).HasMethod("gist");
    }
}

internal sealed class AreaParentConfiguration : IEntityTypeConfiguration<AreaParent>
{
    public void Configure(EntityTypeBuilder<AreaParent> e)
    {
        e.ToTable("area_parents");
        e.HasKey(p => new { p.ChildId, p.ParentId });
        e.Property(p => p.ChildId).HasColumnName("child_id");
        e.Property(p => p.ParentId).HasColumnName("parent_id");
        e.Property(p => p.ParentLevel).HasColumnName("parent_level").HasMaxLength(32);
        e.Property(p => p.OverlapFraction).HasColumnName("overlap_fraction");
        e.Property(p => p.IsPrimary).HasColumnName("is_primary");
        e.HasOne<Area>().WithMany().HasForeignKey(p => p.ChildId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Area>().WithMany().HasForeignKey(p => p.ParentId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(p => p.ParentId);
    }
}
