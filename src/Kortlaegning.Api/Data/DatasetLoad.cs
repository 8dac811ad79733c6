using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kortlaegning.Api.Data;

/// <summary>Which catalogue dataset was loaded, from which file version (SHA-256), when, with what result.</summary>
public sealed class DatasetLoad
{
    public required string DatasetId { get; set; }
    public required string FileSha256 { get; set; }
    public DateTimeOffset LoadedAt { get; set; }
    public int Rows { get; set; }
    public required string Summary { get; set; }
}

internal sealed class DatasetLoadConfiguration : IEntityTypeConfiguration<DatasetLoad>
{
    public void Configure(EntityTypeBuilder<DatasetLoad> e)
    {
        e.ToTable("dataset_loads");
        e.HasKey(d => d.DatasetId);
        e.Property(d => d.DatasetId).HasColumnName("dataset_id").HasMaxLength(100);
        e.Property(d => d.FileSha256).HasColumnName("file_sha256").HasMaxLength(64);
        e.Property(d => d.LoadedAt).HasColumnName("loaded_at");
        e.Property(d => d.Rows).HasColumnName("rows");
        e.Property(d => d.Summary).HasColumnName("summary");
    }
}
