using Kortlaegning.Domain.Workshops;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kortlaegning.Api.Workshops;

internal sealed class WorkshopConfiguration : IEntityTypeConfiguration<Workshop>
{
    public void Configure(EntityTypeBuilder<Workshop> e)
    {
        e.ToTable("workshops", t =>
        {
            t.HasCheckConstraint("ck_workshops_status", "status IN ('draft','open','closed')" /* WorkshopStatus.All */);
            t.HasCheckConstraint("ck_workshops_vote_limit", $"vote_limit BETWEEN 0 AND {WorkshopLimits.MaxVoteLimit}");
        });
        e.HasKey(w => w.Id);
        e.Property(w => w.Id).HasColumnName("id");
        e.Property(w => w.Title).HasColumnName("title").HasMaxLength(WorkshopLimits.TitleLength);
        e.Property(w => w.MunicipalityCode).HasColumnName("municipality_code").HasMaxLength(4);
        e.Property(w => w.WorkshopDate).HasColumnName("workshop_date");
        e.Property(w => w.Status).HasColumnName("status").HasMaxLength(16);
        e.Property(w => w.Locked).HasColumnName("locked");
        e.Property(w => w.JoinCode).HasColumnName("join_code").HasMaxLength(8);
        e.Property(w => w.FacilitatorKeyHash).HasColumnName("facilitator_key_hash");
        e.Property(w => w.AreaLevel).HasColumnName("area_level").HasMaxLength(32);
        e.Property(w => w.FocusCodes).HasColumnName("focus_codes");
        e.Property(w => w.Extent).HasColumnName("extent").HasColumnType("geometry(MultiPolygon,25832)");
        e.Property(w => w.Bounds).HasColumnName("bounds").HasColumnType("geometry(MultiPolygon,25832)");
        e.Property(w => w.VoteLimit).HasColumnName("vote_limit");
        e.Property(w => w.CreatedAt).HasColumnName("created_at");
        e.Property(w => w.UpdatedAt).HasColumnName("updated_at");
        e.HasIndex(w => w.JoinCode).IsUnique();
    }
}

internal sealed class WorkshopCategoryConfiguration : IEntityTypeConfiguration<WorkshopCategory>
{
    public void Configure(EntityTypeBuilder<WorkshopCategory> e)
    {
        e.ToTable("workshop_categories", t => t.HasCheckConstraint("ck_workshop_categories_blur", $"blur_metres BETWEEN 0 AND {WorkshopLimits.MaxBlurMetres}"));
        e.HasKey(c => new { c.WorkshopId, c.Key });
        e.Property(c => c.WorkshopId).HasColumnName("workshop_id");
        e.Property(c => c.Key).HasColumnName("key").HasMaxLength(WorkshopLimits.CategoryKeyLength);
        e.Property(c => c.Label).HasColumnName("label").HasMaxLength(WorkshopLimits.CategoryLabelLength);
        e.Property(c => c.BlurMetres).HasColumnName("blur_metres");
        e.Property(c => c.SortOrder).HasColumnName("sort_order");
        e.HasOne<Workshop>().WithMany().HasForeignKey(c => c.WorkshopId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class WorkshopParticipantConfiguration : IEntityTypeConfiguration<WorkshopParticipant>
{
    public void Configure(EntityTypeBuilder<WorkshopParticipant> e)
    {
        e.ToTable("workshop_participants");
        e.HasKey(p => p.Id);
        e.Property(p => p.Id).HasColumnName("id");
        e.Property(p => p.WorkshopId).HasColumnName("workshop_id");
        e.Property(p => p.TokenHash).HasColumnName("token_hash");
        e.Property(p => p.Nickname).HasColumnName("nickname").HasMaxLength(WorkshopLimits.NicknameLength);
        e.Property(p => p.JoinedAt).HasColumnName("joined_at");
        e.Property(p => p.DeviceHash).HasColumnName("device_hash");
        e.HasIndex(p => p.TokenHash).IsUnique();
        e.HasIndex(p => new { p.WorkshopId, p.DeviceHash }).IsUnique().HasFilter("device_hash IS NOT NULL").HasDatabaseName("ix_workshop_participants_device");
        e.HasIndex(p => p.WorkshopId);
        e.HasOne<Workshop>().WithMany().HasForeignKey(p => p.WorkshopId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class WorkshopAnnotationConfiguration : IEntityTypeConfiguration<WorkshopAnnotation>
{
    public void Configure(EntityTypeBuilder<WorkshopAnnotation> e)
    {
        e.ToTable("workshop_annotations", t => t.HasCheckConstraint("ck_workshop_annotations_status", "status IN ('published','under_review','hidden')"));
        e.HasKey(a => a.Id);
        e.Property(a => a.Id).HasColumnName("id");
        e.Property(a => a.WorkshopId).HasColumnName("workshop_id");
        e.Property(a => a.ParticipantId).HasColumnName("participant_id");
        e.Property(a => a.Category).HasColumnName("category").HasMaxLength(WorkshopLimits.CategoryKeyLength);
        e.Property(a => a.Text).HasColumnName("text").HasMaxLength(WorkshopOptionsValidator.TextColumnLength);
        e.Property(a => a.Geometry).HasColumnName("geom").HasColumnType("geometry(Geometry,25832)");
        e.Property(a => a.Status).HasColumnName("status").HasMaxLength(16);
        e.Property(a => a.Blurred).HasColumnName("blurred");
        e.Property(a => a.MergedIntoId).HasColumnName("merged_into_id");
        e.Property(a => a.CreatedAt).HasColumnName("created_at");
        e.Property(a => a.UpdatedAt).HasColumnName("updated_at");
        e.HasIndex(a => new { a.WorkshopId, a.Status });
        e.HasIndex(a => a.ParticipantId);
        e.HasIndex(a => a.Geometry).HasMethod("gist");
        e.HasOne<Workshop>().WithMany().HasForeignKey(a => a.WorkshopId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<WorkshopParticipant>().WithMany().HasForeignKey(a => a.ParticipantId).OnDelete(DeleteBehavior.SetNull);
        e.HasOne<WorkshopAnnotation>().WithMany().HasForeignKey(a => a.MergedIntoId).OnDelete(DeleteBehavior.SetNull);
        e.HasOne<WorkshopCategory>().WithMany().HasForeignKey(a => new { a.WorkshopId, a.Category }).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class WorkshopVoteConfiguration : IEntityTypeConfiguration<WorkshopVote>
{
    public void Configure(EntityTypeBuilder<WorkshopVote> e)
    {
        e.ToTable("workshop_votes", t => t.HasCheckConstraint("ck_workshop_votes_one_target", "(annotation_id IS NULL) <> (area_code IS NULL)"));
        e.HasKey(v => v.Id);
        e.Property(v => v.Id).HasColumnName("id");
        e.Property(v => v.WorkshopId).HasColumnName("workshop_id");
        e.Property(v => v.ParticipantId).HasColumnName("participant_id");
        e.Property(v => v.AnnotationId).HasColumnName("annotation_id");
        e.Property(v => v.AreaCode).HasColumnName("area_code").HasMaxLength(40);
        e.Property(v => v.CreatedAt).HasColumnName("created_at");
        e.HasIndex(v => new { v.ParticipantId, v.AnnotationId }).IsUnique().HasFilter("annotation_id IS NOT NULL");
        e.HasIndex(v => new { v.ParticipantId, v.AreaCode }).IsUnique().HasFilter("area_code IS NOT NULL");
        e.HasIndex(v => v.AnnotationId);
        e.HasIndex(v => new { v.WorkshopId, v.AreaCode });
        e.HasOne<Workshop>().WithMany().HasForeignKey(v => v.WorkshopId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<WorkshopParticipant>().WithMany().HasForeignKey(v => v.ParticipantId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<WorkshopAnnotation>().WithMany().HasForeignKey(v => v.AnnotationId).OnDelete(DeleteBehavior.Cascade);
    }
}
