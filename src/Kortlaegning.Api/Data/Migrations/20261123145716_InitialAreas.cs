using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NetTopologySuite.Geometries;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Kortlaegning.Api.Data.Migrations;

/// <inheritdoc />
public partial class InitialAreas : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AlterDatabase()
            .Annotation("Npgsql:PostgresExtension:postgis", ",,");

        migrationBuilder.CreateTable(
            name: "areas",
            columns: table => new
            {
                id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                level = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                geom = table.Column<MultiPolygon>(type: "geometry(MultiPolygon,25832)", nullable: false),
                area_km2 = table.Column<double>(type: "double precision", nullable: false),
                municipality_code = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                source_year = table.Column<int>(type: "integer", nullable: true),
                updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_areas", x => x.id);
                table.CheckConstraint("ck_areas_level", "level IN ('region','municipality','parish','postcode','housing_department','local_community','custom')");
            });

        migrationBuilder.CreateTable(
            name: "dataset_loads",
            columns: table => new
            {
                dataset_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                file_sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                loaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                rows = table.Column<int>(type: "integer", nullable: false),
                summary = table.Column<string>(type: "text", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_dataset_loads", x => x.dataset_id);
            });

        migrationBuilder.CreateTable(
            name: "area_parents",
            columns: table => new
            {
                child_id = table.Column<int>(type: "integer", nullable: false),
                parent_id = table.Column<int>(type: "integer", nullable: false),
                parent_level = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                overlap_fraction = table.Column<double>(type: "double precision", nullable: false),
                is_primary = table.Column<bool>(type: "boolean", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_area_parents", x => new { x.child_id, x.parent_id });
                table.ForeignKey(
                    name: "FK_area_parents_areas_child_id",
                    column: x => x.child_id,
                    principalTable: "areas",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_area_parents_areas_parent_id",
                    column: x => x.parent_id,
                    principalTable: "areas",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "IX_area_parents_parent_id",
            table: "area_parents",
            column: "parent_id");

        migrationBuilder.CreateIndex(
            name: "IX_areas_geom",
            table: "areas",
            column: "geom")
            .Annotation("Npgsql:IndexMethod", "gist");

        migrationBuilder.CreateIndex(
            name: "IX_areas_level_code",
            table: "areas",
            columns: new[] { "level", "code" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_areas_level_municipality_code",
            table: "areas",
            columns: new[] { "level", "municipality_code" });
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "area_parents");

        migrationBuilder.DropTable(
            name: "dataset_loads");

        migrationBuilder.DropTable(
            name: "areas");
    }
}
