using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kortlaegning.Api.Data.Migrations;

/// <inheritdoc />
public partial class OwnAreas : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<int>(
            name: "version",
            table: "areas",
            type: "integer",
            nullable: false,
            defaultValue: 1);

        migrationBuilder.CreateTable(
            name: "area_attributes",
            columns: table => new
            {
                area_id = table.Column<int>(type: "integer", nullable: false),
                organisation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                department_number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                homes = table.Column<int>(type: "integer", nullable: true),
                residents = table.Column<int>(type: "integer", nullable: true),
                residents_year = table.Column<int>(type: "integer", nullable: true),
                residents_estimated = table.Column<bool>(type: "boolean", nullable: false),
                residents_note = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                board = table.Column<bool>(type: "boolean", nullable: true),
                common_room = table.Column<bool>(type: "boolean", nullable: true),
                address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                illustrative = table.Column<bool>(type: "boolean", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_area_attributes", x => x.area_id);
                table.CheckConstraint("ck_area_attributes_homes", "homes IS NULL OR homes >= 0");
                table.CheckConstraint("ck_area_attributes_residents", "residents IS NULL OR residents >= 0");
                table.ForeignKey(
                    name: "FK_area_attributes_areas_area_id",
                    column: x => x.area_id,
                    principalTable: "areas",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
            });
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "area_attributes");

        migrationBuilder.DropColumn(
            name: "version",
            table: "areas");
    }
}
