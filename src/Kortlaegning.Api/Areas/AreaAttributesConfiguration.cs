using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kortlaegning.Api.Areas;

internal sealed class AreaAttributesConfiguration : IEntityTypeConfiguration<AreaAttributesRow>
{
    public void Configure(EntityTypeBuilder<AreaAttributesRow> e)
    {
        e.ToTable("area_attributes", t =>
        {
            t.HasCheckConstraint("ck_area_attributes_homes", "homes IS NULL OR homes >= 0");
            t.HasCheckConstraint("ck_area_attributes_residents", "residents IS NULL OR residents >= 0");
        });
        e.HasKey(a => a.AreaId);
        e.Property(a => a.AreaId).HasColumnName("area_id").ValueGeneratedNever();
        e.Property(a => a.Organisation).HasColumnName("organisation").HasMaxLength(200);
        e.Property(a => a.DepartmentNumber).HasColumnName("department_number").HasMaxLength(40);
        e.Property(a => a.Homes).HasColumnName("homes");
        e.Property(a => a.Residents).HasColumnName("residents");
        e.Property(a => a.ResidentsYear).HasColumnName("residents_year");
        e.Property(a => a.ResidentsEstimated).HasColumnName("residents_estimated");
        e.Property(a => a.ResidentsNote).HasColumnName("residents_note").HasMaxLength(300);
        e.Property(a => a.Board).HasColumnName("board");
        e.Property(a => a.CommonRoom).HasColumnName("common_room");
        e.Property(a => a.Address).HasColumnName("address").HasMaxLength(300);
        e.Property(a => a.Source).HasColumnName("source").HasMaxLength(200);
        e.Property(a => a.Illustrative).HasColumnName("illustrative");
        e.HasOne<Area>().WithOne().HasForeignKey<AreaAttributesRow>(a => a.AreaId).OnDelete(DeleteBehavior.Cascade);
    }
}
