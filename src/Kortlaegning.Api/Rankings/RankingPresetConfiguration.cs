using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kortlaegning.Api.Rankings;

internal sealed class RankingPresetConfiguration : IEntityTypeConfiguration<RankingPreset>
{
    public void Configure(EntityTypeBuilder<RankingPreset> e)
    {
        e.ToTable("ranking_presets");
        e.HasKey(p => p.Id);
        e.Property(p => p.Id).HasColumnName("id");
        e.Property(p => p.Name).HasColumnName("name").HasMaxLength(RankingPreset.MaxNameLength);
        e.Property(p => p.Description).HasColumnName("description").HasMaxLength(RankingPreset.MaxDescriptionLength);
        e.Property(p => p.Body).HasColumnName("body").HasColumnType("jsonb");
        e.Property(p => p.Author).HasColumnName("author").HasMaxLength(RankingPreset.MaxAuthorLength);
        e.Property(p => p.CreatedAt).HasColumnName("created_at");
        e.Property(p => p.BuiltIn).HasColumnName("built_in");
        e.HasIndex(p => p.Name).IsUnique();
    }
}
