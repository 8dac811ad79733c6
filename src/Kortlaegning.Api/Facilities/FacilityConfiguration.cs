using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kortlaegning.Api.Facilities;

/// <summary>The <c>facilities</c> table (found by <c>ApplyConfigurationsFromAssembly</c>); text lengths from <see cref="FacilityLimits"/>.</summary>
internal sealed class FacilityConfiguration : IEntityTypeConfiguration<Facility>
{
    public void Configure(EntityTypeBuilder<Facility> e)
    {
        e.ToTable("facilities", t =>
        {
            t.HasCheckConstraint("ck_facilities_setting", "setting IN ('indoor','outdoor','both')");
            t.HasCheckConstraint("ck_facilities_bookable", "bookable IS NULL OR bookable IN ('yes','no','on_request')");
            t.HasCheckConstraint("ck_facilities_capacity", "capacity IS NULL OR capacity >= 0");
            t.HasCheckConstraint("ck_facilities_geom", "GeometryType(geom) IN ('POINT','POLYGON','MULTIPOLYGON')");
            t.HasCheckConstraint("ck_facilities_state", Infrastructure.Publication.Check);
        });
        e.HasKey(f => f.Id);
        e.Property(f => f.Id).HasColumnName("id");
        e.Property(f => f.Name).HasColumnName("name").HasMaxLength(FacilityLimits.Name);
        e.Property(f => f.Type).HasColumnName("type").HasMaxLength(40);
        e.Property(f => f.Geometry).HasColumnName("geom").HasColumnType("geometry(Geometry,25832)");
        e.Property(f => f.Address).HasColumnName("address").HasMaxLength(FacilityLimits.Address);
        e.Property(f => f.Organisation).HasColumnName("organisation").HasMaxLength(FacilityLimits.Organisation);
        e.Property(f => f.Capacity).HasColumnName("capacity");
        e.Property(f => f.Setting).HasColumnName("setting").HasMaxLength(10);
        e.Property(f => f.StepFree).HasColumnName("step_free");
        e.Property(f => f.Bookable).HasColumnName("bookable").HasMaxLength(12);
        e.Property(f => f.Contact).HasColumnName("contact").HasMaxLength(FacilityLimits.Contact);
        e.Property(f => f.OpeningHours).HasColumnName("opening_hours").HasMaxLength(FacilityLimits.OpeningHours);
        e.Property(f => f.Notes).HasColumnName("notes").HasMaxLength(FacilityLimits.Notes);
        e.Property(f => f.Tags).HasColumnName("tags");
        e.Property(f => f.Source).HasColumnName("source").HasMaxLength(FacilityLimits.Source);
        e.Property(f => f.LastVerified).HasColumnName("last_verified");
        e.Property(f => f.CandidateSpot).HasColumnName("candidate_spot");
        e.Property(f => f.Illustrative).HasColumnName("illustrative");
        e.Property(f => f.Municipality).HasColumnName("municipality").HasMaxLength(4);
        e.Property(f => f.State).HasColumnName("state").HasMaxLength(10).HasDefaultValue(Infrastructure.Publication.Published);

        e.Property(f => f.CreatedAt).HasColumnName("created_at").HasDefaultValueSql("now()");
        e.Property(f => f.UpdatedAt).HasColumnName("updated_at").HasDefaultValueSql("now()");
        e.Property(f => f.Version).HasColumnName("version").HasDefaultValue(1).IsConcurrencyToken();
        e.HasIndex(f => f.Type);
        e.HasIndex(f => f.Municipality);
        e.HasIndex(f => f.Geometry).HasMethod("gist");
    }
}
