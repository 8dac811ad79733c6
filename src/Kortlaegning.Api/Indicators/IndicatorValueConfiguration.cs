using Kortlaegning.Api.Areas;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kortlaegning.Api.Indicators;

internal sealed class IndicatorValueConfiguration : IEntityTypeConfiguration<IndicatorValue>
{
    public void Configure(EntityTypeBuilder<IndicatorValue> e)
    {
        e.ToTable("indicator_values");
        e.HasKey(v => v.Id);
        e.Property(v => v.Id).HasColumnName("id");
        e.Property(v => v.IndicatorCode).HasColumnName("indicator_code").HasMaxLength(80);
        e.Property(v => v.AreaId).HasColumnName("area_id");
        e.Property(v => v.Period).HasColumnName("period").HasMaxLength(20);
        e.Property(v => v.Value).HasColumnName("value");
        e.Property(v => v.Numerator).HasColumnName("numerator");
        e.Property(v => v.Denominator).HasColumnName("denominator");
        e.Property(v => v.CiLow).HasColumnName("ci_low");
        e.Property(v => v.CiHigh).HasColumnName("ci_high");
        e.Property(v => v.Note).HasColumnName("note").HasMaxLength(40);
        e.Property(v => v.Suppressed).HasColumnName("suppressed");
        e.Property(v => v.Source).HasColumnName("source").HasMaxLength(100);
        e.HasIndex(v => new { v.IndicatorCode, v.AreaId, v.Period }).IsUnique();
        e.HasIndex(v => v.AreaId);
        e.HasOne<Indicator>().WithMany().HasForeignKey(v => v.IndicatorCode).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Area>().WithMany().HasForeignKey(v => v.AreaId).OnDelete(DeleteBehavior.Cascade);
    }
}
