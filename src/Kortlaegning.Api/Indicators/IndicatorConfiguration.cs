using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kortlaegning.Api.Indicators;

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> e)
    {
        e.ToTable("indicators", t =>
        {
            t.HasCheckConstraint("ck_indicators_polarity", "polarity IN ('high_is_good','low_is_good','no_judgement')");
            t.HasCheckConstraint("ck_indicators_state", Infrastructure.Publication.Check);
        });
        e.HasKey(i => i.Code);
        e.Property(i => i.Code).HasColumnName("code").HasMaxLength(80);
        e.Property(i => i.NameDa).HasColumnName("name_da").HasMaxLength(200);
        e.Property(i => i.NameEn).HasColumnName("name_en").HasMaxLength(200);
        e.Property(i => i.Unit).HasColumnName("unit").HasMaxLength(40);
        e.Property(i => i.Polarity).HasColumnName("polarity").HasMaxLength(20);
        e.Property(i => i.Decimals).HasColumnName("decimals");
        e.Property(i => i.Definition).HasColumnName("definition");
        e.Property(i => i.Source).HasColumnName("source").HasMaxLength(100);
        e.Property(i => i.CountBased).HasColumnName("count_based");
        e.Property(i => i.Illustrative).HasColumnName("illustrative");
        e.Property(i => i.OwnerMunicipality).HasColumnName("owner_municipality").HasMaxLength(4);
        e.Property(i => i.SourceName).HasColumnName("source_name").HasMaxLength(200);
        e.Property(i => i.SourceLicence).HasColumnName("source_licence").HasMaxLength(200);
        e.Property(i => i.Version).HasColumnName("version").HasDefaultValue(1);
        e.Property(i => i.State).HasColumnName("state").HasMaxLength(10).HasDefaultValue(Infrastructure.Publication.Published);
        e.HasIndex(i => i.OwnerMunicipality);
    }
}
