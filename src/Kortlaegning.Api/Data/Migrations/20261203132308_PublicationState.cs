using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kortlaegning.Api.Data.Migrations;

/// <summary>Draft → published for scenarios and follow-up projects (DESIGN.md §1; Infrastructure/Publication.cs).</summary>
public partial class PublicationState : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(
            name: "state",
            table: "plan_scenarios",
            type: "character varying(10)",
            maxLength: 10,
            nullable: false,
            defaultValue: "draft");

        migrationBuilder.AddColumn<string>(
            name: "state",
            table: "followup_projects",
            type: "character varying(10)",
            maxLength: 10,
            nullable: false,
            defaultValue: "draft");

        // Rows from before this migration were readable by everyone: they stay published. New ones start as drafts.
        migrationBuilder.Sql("UPDATE plan_scenarios SET state = 'published'; UPDATE followup_projects SET state = 'published';");

        migrationBuilder.AddCheckConstraint(
            name: "ck_plan_scenarios_state",
            table: "plan_scenarios",
            sql: "state IN ('draft','published')");

        migrationBuilder.AddCheckConstraint(
            name: "ck_followup_projects_state",
            table: "followup_projects",
            sql: "state IN ('draft','published')");
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropCheckConstraint(
            name: "ck_plan_scenarios_state",
            table: "plan_scenarios");

        migrationBuilder.DropCheckConstraint(
            name: "ck_followup_projects_state",
            table: "followup_projects");

        migrationBuilder.DropColumn(
            name: "state",
            table: "plan_scenarios");

        migrationBuilder.DropColumn(
            name: "state",
            table: "followup_projects");
    }
}
