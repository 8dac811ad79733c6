using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Kortlaegning.Api.Data.Migrations;

/// <inheritdoc />
public partial class Planning : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "plan_scenarios",
            columns: table => new
            {
                id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                municipality = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                demand_source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                need_preset_id = table.Column<int>(type: "integer", nullable: true),
                demand_points = table.Column<string>(type: "jsonb", nullable: true),
                parameters = table.Column<string>(type: "jsonb", nullable: false),
                candidates = table.Column<string>(type: "jsonb", nullable: false),
                candidate_facilities = table.Column<bool>(type: "boolean", nullable: false),
                @fixed = table.Column<string[]>(name: "fixed", type: "text[]", nullable: false),
                result = table.Column<string>(type: "jsonb", nullable: true),
                created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_plan_scenarios", x => x.id);
                table.CheckConstraint("ck_plan_scenarios_demand_source", "demand_source IN ('grid','parishes','housing_departments','points')");
                table.ForeignKey(
                    name: "FK_plan_scenarios_ranking_presets_need_preset_id",
                    column: x => x.need_preset_id,
                    principalTable: "ranking_presets",
                    principalColumn: "id",
                    onDelete: ReferentialAction.SetNull);
            });

        migrationBuilder.CreateIndex(
            name: "IX_plan_scenarios_municipality_name",
            table: "plan_scenarios",
            columns: new[] { "municipality", "name" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_plan_scenarios_need_preset_id",
            table: "plan_scenarios",
            column: "need_preset_id");
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "plan_scenarios");
    }
}
