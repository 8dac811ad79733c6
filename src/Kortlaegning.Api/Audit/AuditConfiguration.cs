using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kortlaegning.Api.Audit;

internal sealed class AuditConfiguration : IEntityTypeConfiguration<AuditRecord>
{
    public void Configure(EntityTypeBuilder<AuditRecord> e)
    {
        e.ToTable("audit_log", t => t.HasCheckConstraint("ck_audit_log_actor_kind", "actor_kind IN ('user','token','participant','system','anonymous')"));
        e.HasKey(a => a.Id);
        e.Property(a => a.Id).HasColumnName("id").UseIdentityAlwaysColumn();
        e.Property(a => a.At).HasColumnName("at").HasDefaultValueSql("now()");
        e.Property(a => a.ActorKind).HasColumnName("actor_kind").HasMaxLength(12);
        e.Property(a => a.ActorName).HasColumnName("actor_name").HasMaxLength(256);
        e.Property(a => a.ActorId).HasColumnName("actor_id").HasMaxLength(64);
        e.Property(a => a.Endpoint).HasColumnName("endpoint").HasMaxLength(200);
        e.Property(a => a.Entity).HasColumnName("entity").HasMaxLength(60);
        e.Property(a => a.EntityId).HasColumnName("entity_id").HasMaxLength(200);
        e.Property(a => a.Municipality).HasColumnName("municipality").HasMaxLength(4);
        e.Property(a => a.VersionBefore).HasColumnName("version_before");
        e.Property(a => a.VersionAfter).HasColumnName("version_after");
        e.Property(a => a.Action).HasColumnName("action").HasMaxLength(30);
        // The admin query filters by time, then entity or municipality.
        e.HasIndex(a => a.At);
        e.HasIndex(a => new { a.Entity, a.EntityId });
        e.HasIndex(a => a.Municipality);
    }
}
