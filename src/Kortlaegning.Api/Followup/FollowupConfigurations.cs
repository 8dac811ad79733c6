using Kortlaegning.Domain.Followup;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kortlaegning.Api.Followup;

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<ProjectEntity>
{
    public void Configure(EntityTypeBuilder<ProjectEntity> e)
    {
        e.ToTable("followup_projects", t =>
        {
            t.HasCheckConstraint("ck_followup_projects_period", "end_date >= start_date");
            t.HasCheckConstraint("ck_followup_projects_state", Infrastructure.Publication.Check);
        });
        e.HasKey(p => p.Id);
        e.Property(p => p.Id).HasColumnName("id");
        e.Property(p => p.Title).HasColumnName("title").HasMaxLength(FollowupLimits.Title);
        e.Property(p => p.Municipality).HasColumnName("municipality").HasMaxLength(4);
        e.Property(p => p.Start).HasColumnName("start_date");
        e.Property(p => p.End).HasColumnName("end_date");
        e.Property(p => p.Focus).HasColumnName("focus").HasColumnType("jsonb");
        e.Property(p => p.Partners).HasColumnName("partners").HasColumnType("jsonb");
        e.Property(p => p.State).HasColumnName("state").HasMaxLength(10).HasDefaultValue(Infrastructure.Publication.Draft);
        e.Property(p => p.Version).HasColumnName("version").HasDefaultValue(1).IsConcurrencyToken();
        e.Property(p => p.CreatedAt).HasColumnName("created_at").HasDefaultValueSql("now()");
        e.Property(p => p.UpdatedAt).HasColumnName("updated_at").HasDefaultValueSql("now()");
        e.HasIndex(p => p.Municipality);
    }
}

internal sealed class ActivityConfiguration : IEntityTypeConfiguration<ActivityEntity>
{
    public void Configure(EntityTypeBuilder<ActivityEntity> e)
    {
        e.ToTable("followup_activities", t =>
        {
            t.HasCheckConstraint("ck_followup_activities_kind", "kind IN ('activity','course','health_spot','walk','conversation_service','event')");
            t.HasCheckConstraint("ck_followup_activities_status", "status IN ('planned','running','ended')");
            t.HasCheckConstraint("ck_followup_activities_place", "place_type IN ('facility','department','point')");
            t.HasCheckConstraint("ck_followup_activities_dates", "end_date IS NULL OR end_date >= start_date");
        });
        e.HasKey(a => a.Id);
        e.Property(a => a.Id).HasColumnName("id");
        e.Property(a => a.ProjectId).HasColumnName("project_id");
        e.Property(a => a.Municipality).HasColumnName("municipality").HasMaxLength(4);
        e.Property(a => a.Title).HasColumnName("title").HasMaxLength(FollowupLimits.Title);
        e.Property(a => a.Kind).HasColumnName("kind").HasMaxLength(24);
        e.Property(a => a.PlaceType).HasColumnName("place_type").HasMaxLength(12);
        e.Property(a => a.FacilityId).HasColumnName("facility_id");
        e.Property(a => a.PlaceCode).HasColumnName("place_code").HasMaxLength(40);
        e.Property(a => a.Geometry).HasColumnName("geom").HasColumnType("geometry(Point,25832)");
        e.Property(a => a.ParishCode).HasColumnName("parish_code").HasMaxLength(40);
        e.Property(a => a.Start).HasColumnName("start_date");
        e.Property(a => a.End).HasColumnName("end_date");
        e.Property(a => a.Recurrence).HasColumnName("recurrence").HasMaxLength(FollowupLimits.ShortText);
        e.Property(a => a.Organiser).HasColumnName("organiser").HasMaxLength(FollowupLimits.ShortText);
        e.Property(a => a.TargetGroup).HasColumnName("target_group").HasMaxLength(FollowupLimits.ShortText);
        e.Property(a => a.Status).HasColumnName("status").HasMaxLength(12);
        e.Property(a => a.IsNew).HasColumnName("is_new");
        e.Property(a => a.Track).HasColumnName("track").HasMaxLength(40);
        e.Property(a => a.Version).HasColumnName("version").HasDefaultValue(1).IsConcurrencyToken();
        e.Property(a => a.CreatedAt).HasColumnName("created_at").HasDefaultValueSql("now()");
        e.Property(a => a.UpdatedAt).HasColumnName("updated_at").HasDefaultValueSql("now()");
        e.HasIndex(a => a.ProjectId);
        e.HasIndex(a => a.Geometry).HasMethod("gist");
        e.HasOne<ProjectEntity>().WithMany().HasForeignKey(a => a.ProjectId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Facilities.Facility>().WithMany().HasForeignKey(a => a.FacilityId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class RegistrationConfiguration : IEntityTypeConfiguration<RegistrationEntity>
{
    public void Configure(EntityTypeBuilder<RegistrationEntity> e)
    {
        e.ToTable("followup_registrations", t =>
        {
            t.HasCheckConstraint("ck_followup_registrations_counts", "participants >= 0 AND new_participants >= 0 AND ambassadors >= 0 AND contacts >= 0");
            t.HasCheckConstraint("ck_followup_registrations_granularity", "granularity IN ('day','month')");
        });
        e.HasKey(r => r.Id);
        e.Property(r => r.Id).HasColumnName("id");
        e.Property(r => r.ActivityId).HasColumnName("activity_id");
        e.Property(r => r.ProjectId).HasColumnName("project_id");
        e.Property(r => r.Municipality).HasColumnName("municipality").HasMaxLength(4);
        e.Property(r => r.Date).HasColumnName("date");
        e.Property(r => r.Granularity).HasColumnName("granularity").HasMaxLength(8);
        e.Property(r => r.Participants).HasColumnName("participants");
        e.Property(r => r.NewParticipants).HasColumnName("new_participants");
        e.Property(r => r.Ambassadors).HasColumnName("ambassadors");
        e.Property(r => r.Contacts).HasColumnName("contacts");
        e.Property(r => r.Breakdown).HasColumnName("breakdown").HasColumnType("jsonb");
        e.Property(r => r.Version).HasColumnName("version").HasDefaultValue(1).IsConcurrencyToken();
        e.Property(r => r.CreatedAt).HasColumnName("created_at").HasDefaultValueSql("now()");
        e.HasIndex(r => new { r.ProjectId, r.Date });
        e.HasIndex(r => r.ActivityId);
        e.HasOne<ActivityEntity>().WithMany().HasForeignKey(r => r.ActivityId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<ProjectEntity>().WithMany().HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TargetConfiguration : IEntityTypeConfiguration<TargetEntity>
{
    public void Configure(EntityTypeBuilder<TargetEntity> e)
    {
        e.ToTable("followup_targets", t =>
        {
            t.HasCheckConstraint("ck_followup_targets_metric",
                "metric IN ('participants','new_participants','ambassadors','conversations','new_activities','activities_in_each_place','health_spots')");
            t.HasCheckConstraint("ck_followup_targets_period", "period_to >= period_from");
            t.HasCheckConstraint("ck_followup_targets_value", "value >= 0");
        });
        e.HasKey(t => t.Id);
        e.Property(t => t.Id).HasColumnName("id");
        e.Property(t => t.ProjectId).HasColumnName("project_id");
        e.Property(t => t.Metric).HasColumnName("metric").HasMaxLength(32);
        e.Property(t => t.Year).HasColumnName("year");
        e.Property(t => t.PeriodFrom).HasColumnName("period_from");
        e.Property(t => t.PeriodTo).HasColumnName("period_to");
        e.Property(t => t.Value).HasColumnName("value");
        e.Property(t => t.Place).HasColumnName("place").HasMaxLength(80);
        e.Property(t => t.Track).HasColumnName("track").HasMaxLength(40);
        e.Property(t => t.Source).HasColumnName("source").HasMaxLength(FollowupLimits.Source);
        e.Property(t => t.Version).HasColumnName("version").HasDefaultValue(1).IsConcurrencyToken();
        e.HasIndex(t => t.ProjectId);
        e.HasOne<ProjectEntity>().WithMany().HasForeignKey(t => t.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}
