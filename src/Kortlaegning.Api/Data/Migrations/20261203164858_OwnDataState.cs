using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kortlaegning.Api.Data.Migrations;

/// <summary>
/// Draft → published for own indicator definitions, facilities and own areas (DESIGN.md §1; Infrastructure/Publication.cs).
/// Everything stored before is published (the default, also for every national row the loaders write); the stores
/// write new own data as drafts. The facility Feature text shows the state.
/// </summary>
public partial class OwnDataState : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(
            name: "state",
            table: "indicators",
            type: "character varying(10)",
            maxLength: 10,
            nullable: false,
            defaultValue: "published");

        migrationBuilder.AddColumn<string>(
            name: "state",
            table: "facilities",
            type: "character varying(10)",
            maxLength: 10,
            nullable: false,
            defaultValue: "published");

        migrationBuilder.AddColumn<string>(
            name: "state",
            table: "areas",
            type: "character varying(10)",
            maxLength: 10,
            nullable: false,
            defaultValue: "published");

        migrationBuilder.AddCheckConstraint(
            name: "ck_indicators_state",
            table: "indicators",
            sql: "state IN ('draft','published')");

        migrationBuilder.AddCheckConstraint(
            name: "ck_facilities_state",
            table: "facilities",
            sql: "state IN ('draft','published')");

        migrationBuilder.AddCheckConstraint(
            name: "ck_areas_state",
            table: "areas",
            sql: "state IN ('draft','published')");

        migrationBuilder.Sql(FacilityOwner.FeatureFunction(FacilityOwner.Owner + " NEW.state AS state,"));
        migrationBuilder.Sql("UPDATE facilities SET state = state");
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(FacilityOwner.FeatureFunction(FacilityOwner.Owner));

        migrationBuilder.DropCheckConstraint(
            name: "ck_indicators_state",
            table: "indicators");

        migrationBuilder.DropCheckConstraint(
            name: "ck_facilities_state",
            table: "facilities");

        migrationBuilder.DropCheckConstraint(
            name: "ck_areas_state",
            table: "areas");

        migrationBuilder.DropColumn(
            name: "state",
            table: "indicators");

        migrationBuilder.DropColumn(
            name: "state",
            table: "facilities");

        migrationBuilder.DropColumn(
            name: "state",
            table: "areas");
    }
}
