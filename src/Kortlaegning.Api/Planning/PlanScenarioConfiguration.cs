using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kortlaegning.Api.Planning;

internal sealed class PlanScenarioConfiguration : IEntityTypeConfiguration<PlanScenario>
{
    public void Configure(EntityTypeBuilder<PlanScenario> e)
    {
        e.ToTable("plan_scenarios", t =>
        {
            t.HasCheckConstraint("ck_plan_scenarios_demand_source", "demand_source IN ('grid','parishes','housing_departments','points')");
            t.HasCheckConstraint("ck_plan_scenarios_state", Infrastructure.Publication.Check);
        });
        e.HasKey(s => s.Id);
        e.Property(s => s.Id).HasColumnName("id");
        e.Property(s => s.Name).HasColumnName("name").HasMaxLength(120);
        e.Property(s => s.Municipality).HasColumnName("municipality").HasMaxLength(4);
        e.Property(s => s.DemandSource).HasColumnName("demand_source").HasMaxLength(20);
        e.Property(s => s.NeedPresetId).HasColumnName("need_preset_id");
        e.Property(s => s.DemandPoints).HasColumnName("demand_points").HasColumnType("jsonb");
        e.Property(s => s.Parameters).HasColumnName("parameters").HasColumnType("jsonb");
        e.Property(s => s.Candidates).HasColumnName("candidates").HasColumnType("jsonb");
        e.Property(s => s.CandidateFacilities).HasColumnName("candidate_facilities");
        e.Property(s => s.Fixed).HasColumnName("fixed");
        e.Property(s => s.Result).HasColumnName("result").HasColumnType("jsonb");
        e.Property(s => s.State).HasColumnName("state").HasMaxLength(10).HasDefaultValue(Infrastructure.Publication.Draft);
        e.Property(s => s.CreatedAt).HasColumnName("created_at");
        e.Property(s => s.UpdatedAt).HasColumnName("updated_at");
        // A concurrency token so that a run, which solves without holding a lock, stores its result only if the
        // scenario was not edited meanwhile (UPDATE … WHERE version = the version it solved).
        e.Property(s => s.Version).HasColumnName("version").HasDefaultValue(1).IsConcurrencyToken();
        e.HasIndex(s => new { s.Municipality, s.Name }).IsUnique();
        e.HasOne<Kortlaegning.Api.Rankings.RankingPreset>().WithMany().HasForeignKey(s => s.NeedPresetId).OnDelete(DeleteBehavior.SetNull);
    }
}
