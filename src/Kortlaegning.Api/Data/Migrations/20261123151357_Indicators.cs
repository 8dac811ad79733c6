using Microsoft.EntityFrameworkCore.Migrations;
using NetTopologySuite.Geometries;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Kortlaegning.Api.Data.Migrations;

/// <inheritdoc />
public partial class Indicators : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropCheckConstraint(
            name: "ck_areas_level",
            table: "areas");

        migrationBuilder.CreateTable(
            name: "grid_cells",
            columns: table => new
            {
                id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                e_km = table.Column<int>(type: "integer", nullable: false),
                n_km = table.Column<int>(type: "integer", nullable: false),
                population = table.Column<int>(type: "integer", nullable: false),
                geom = table.Column<Polygon>(type: "geometry(Polygon,25832)", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_grid_cells", x => x.id);
            });

        migrationBuilder.CreateTable(
            name: "indicators",
            columns: table => new
            {
                code = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                name_da = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                name_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                unit = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                polarity = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                decimals = table.Column<int>(type: "integer", nullable: false),
                definition = table.Column<string>(type: "text", nullable: false),
                source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                count_based = table.Column<bool>(type: "boolean", nullable: false),
                illustrative = table.Column<bool>(type: "boolean", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_indicators", x => x.code);
                table.CheckConstraint("ck_indicators_polarity", "polarity IN ('high_is_good','low_is_good','no_judgement')");
            });

        migrationBuilder.CreateTable(
            name: "grid_cell_areas",
            columns: table => new
            {
                cell_id = table.Column<int>(type: "integer", nullable: false),
                area_id = table.Column<int>(type: "integer", nullable: false),
                share = table.Column<double>(type: "double precision", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_grid_cell_areas", x => new { x.cell_id, x.area_id });
                table.ForeignKey(
                    name: "FK_grid_cell_areas_areas_area_id",
                    column: x => x.area_id,
                    principalTable: "areas",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_grid_cell_areas_grid_cells_cell_id",
                    column: x => x.cell_id,
                    principalTable: "grid_cells",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "indicator_values",
            columns: table => new
            {
                id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                indicator_code = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                area_id = table.Column<int>(type: "integer", nullable: false),
                period = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                value = table.Column<double>(type: "double precision", nullable: true),
                numerator = table.Column<double>(type: "double precision", nullable: true),
                denominator = table.Column<double>(type: "double precision", nullable: true),
                ci_low = table.Column<double>(type: "double precision", nullable: true),
                ci_high = table.Column<double>(type: "double precision", nullable: true),
                note = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                suppressed = table.Column<bool>(type: "boolean", nullable: false),
                source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_indicator_values", x => x.id);
                table.ForeignKey(
                    name: "FK_indicator_values_areas_area_id",
                    column: x => x.area_id,
                    principalTable: "areas",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_indicator_values_indicators_indicator_code",
                    column: x => x.indicator_code,
                    principalTable: "indicators",
                    principalColumn: "code",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.AddCheckConstraint(
            name: "ck_areas_level",
            table: "areas",
            sql: "level IN ('country','region','municipality','parish','postcode','housing_department','local_community','custom')");

        migrationBuilder.CreateIndex(
            name: "IX_grid_cell_areas_area_id",
            table: "grid_cell_areas",
            column: "area_id");

        migrationBuilder.CreateIndex(
            name: "IX_grid_cells_e_km_n_km",
            table: "grid_cells",
            columns: new[] { "e_km", "n_km" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_grid_cells_geom",
            table: "grid_cells",
            column: "geom")
            .Annotation("Npgsql:IndexMethod", "gist");

        migrationBuilder.CreateIndex(
            name: "IX_indicator_values_area_id",
            table: "indicator_values",
            column: "area_id");

        migrationBuilder.CreateIndex(
            name: "IX_indicator_values_indicator_code_area_id_period",
            table: "indicator_values",
            columns: new[] { "indicator_code", "area_id", "period" },
            unique: true);

        // Every read path goes through this view: suppressed values leave the database only as NULL + note.
        migrationBuilder.Sql("""
            CREATE VIEW indicator_values_public AS
            SELECT id, indicator_code, area_id, period,
                   CASE WHEN suppressed THEN NULL ELSE value END AS value,
                   CASE WHEN suppressed THEN NULL ELSE numerator END AS numerator,
                   CASE WHEN suppressed THEN NULL ELSE denominator END AS denominator,
                   CASE WHEN suppressed THEN NULL ELSE ci_low END AS ci_low,
                   CASE WHEN suppressed THEN NULL ELSE ci_high END AS ci_high,
                   CASE WHEN suppressed THEN 'suppressed' ELSE note END AS note,
                   source
              FROM indicator_values;
            """);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP VIEW IF EXISTS indicator_values_public;");

        migrationBuilder.DropTable(
            name: "grid_cell_areas");

        migrationBuilder.DropTable(
            name: "indicator_values");

        migrationBuilder.DropTable(
            name: "grid_cells");

        migrationBuilder.DropTable(
            name: "indicators");

        migrationBuilder.DropCheckConstraint(
            name: "ck_areas_level",
            table: "areas");

        migrationBuilder.AddCheckConstraint(
            name: "ck_areas_level",
            table: "areas",
            sql: "level IN ('region','municipality','parish','postcode','housing_department','local_community','custom')");
    }
}
