using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NetTopologySuite.Geometries;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Kortlaegning.Api.Data.Migrations;

/// <inheritdoc />
public partial class Followup : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "followup_projects",
            columns: table => new
            {
                id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                municipality = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                start_date = table.Column<DateOnly>(type: "date", nullable: false),
                end_date = table.Column<DateOnly>(type: "date", nullable: false),
                focus = table.Column<string>(type: "jsonb", nullable: false),
                partners = table.Column<string>(type: "jsonb", nullable: false),
                version = table.Column<int>(type: "integer", nullable: false, defaultValue: 1),
                created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_followup_projects", x => x.id);
                table.CheckConstraint("ck_followup_projects_period", "end_date >= start_date");
            });

        migrationBuilder.CreateTable(
            name: "followup_activities",
            columns: table => new
            {
                id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                project_id = table.Column<int>(type: "integer", nullable: false),
                municipality = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                kind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                place_type = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                facility_id = table.Column<int>(type: "integer", nullable: true),
                place_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                geom = table.Column<Point>(type: "geometry(Point,25832)", nullable: false),
                parish_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                start_date = table.Column<DateOnly>(type: "date", nullable: false),
                end_date = table.Column<DateOnly>(type: "date", nullable: true),
                recurrence = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                organiser = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                target_group = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                status = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                is_new = table.Column<bool>(type: "boolean", nullable: false),
                track = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                version = table.Column<int>(type: "integer", nullable: false, defaultValue: 1),
                created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_followup_activities", x => x.id);
                table.CheckConstraint("ck_followup_activities_dates", "end_date IS NULL OR end_date >= start_date");
                table.CheckConstraint("ck_followup_activities_kind", "kind IN ('activity','course','health_spot','walk','conversation_service','event')");
                table.CheckConstraint("ck_followup_activities_place", "place_type IN ('facility','department','point')");
                table.CheckConstraint("ck_followup_activities_status", "status IN ('planned','running','ended')");
                table.ForeignKey(
                    name: "FK_followup_activities_facilities_facility_id",
                    column: x => x.facility_id,
                    principalTable: "facilities",
                    principalColumn: "id",
                    onDelete: ReferentialAction.SetNull);
                table.ForeignKey(
                    name: "FK_followup_activities_followup_projects_project_id",
                    column: x => x.project_id,
                    principalTable: "followup_projects",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "followup_targets",
            columns: table => new
            {
                id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                project_id = table.Column<int>(type: "integer", nullable: false),
                metric = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                year = table.Column<int>(type: "integer", nullable: true),
                period_from = table.Column<DateOnly>(type: "date", nullable: false),
                period_to = table.Column<DateOnly>(type: "date", nullable: false),
                value = table.Column<double>(type: "double precision", nullable: false),
                place = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                track = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                source = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                version = table.Column<int>(type: "integer", nullable: false, defaultValue: 1)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_followup_targets", x => x.id);
                table.CheckConstraint("ck_followup_targets_metric", "metric IN ('participants','new_participants','ambassadors','conversations','new_activities','activities_in_each_place','health_spots')");
                table.CheckConstraint("ck_followup_targets_period", "period_to >= period_from");
                table.CheckConstraint("ck_followup_targets_value", "value >= 0");
                table.ForeignKey(
                    name: "FK_followup_targets_followup_projects_project_id",
                    column: x => x.project_id,
                    principalTable: "followup_projects",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "followup_registrations",
            columns: table => new
            {
                id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                activity_id = table.Column<int>(type: "integer", nullable: false),
                project_id = table.Column<int>(type: "integer", nullable: false),
                municipality = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                date = table.Column<DateOnly>(type: "date", nullable: false),
                granularity = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                participants = table.Column<int>(type: "integer", nullable: false),
                new_participants = table.Column<int>(type: "integer", nullable: false),
                ambassadors = table.Column<int>(type: "integer", nullable: false),
                contacts = table.Column<int>(type: "integer", nullable: false),
                breakdown = table.Column<string>(type: "jsonb", nullable: true),
                version = table.Column<int>(type: "integer", nullable: false, defaultValue: 1),
                created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_followup_registrations", x => x.id);
                table.CheckConstraint("ck_followup_registrations_counts", "participants >= 0 AND new_participants >= 0 AND ambassadors >= 0 AND contacts >= 0");
                table.CheckConstraint("ck_followup_registrations_granularity", "granularity IN ('day','month')");
                table.ForeignKey(
                    name: "FK_followup_registrations_followup_activities_activity_id",
                    column: x => x.activity_id,
                    principalTable: "followup_activities",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_followup_registrations_followup_projects_project_id",
                    column: x => x.project_id,
                    principalTable: "followup_projects",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "IX_followup_activities_facility_id",
            table: "followup_activities",
            column: "facility_id");

        migrationBuilder.CreateIndex(
            name: "IX_followup_activities_geom",
            table: "followup_activities",
            column: "geom")
            .Annotation("Npgsql:IndexMethod", "gist");

        migrationBuilder.CreateIndex(
            name: "IX_followup_activities_project_id",
            table: "followup_activities",
            column: "project_id");

        migrationBuilder.CreateIndex(
            name: "IX_followup_projects_municipality",
            table: "followup_projects",
            column: "municipality");

        migrationBuilder.CreateIndex(
            name: "IX_followup_registrations_activity_id",
            table: "followup_registrations",
            column: "activity_id");

        migrationBuilder.CreateIndex(
            name: "IX_followup_registrations_project_id_date",
            table: "followup_registrations",
            columns: new[] { "project_id", "date" });

        migrationBuilder.CreateIndex(
            name: "IX_followup_targets_project_id",
            table: "followup_targets",
            column: "project_id");
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "followup_registrations");

        migrationBuilder.DropTable(
            name: "followup_targets");

        migrationBuilder.DropTable(
            name: "followup_activities");

        migrationBuilder.DropTable(
            name: "followup_projects");
    }
}
