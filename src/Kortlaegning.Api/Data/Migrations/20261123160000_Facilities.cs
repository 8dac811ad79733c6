using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NetTopologySuite.Geometries;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Kortlaegning.Api.Data.Migrations;

/// <inheritdoc />
public partial class Facilities : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "facilities",
            columns: table => new
            {
                id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                geom = table.Column<Geometry>(type: "geometry(Geometry,25832)", nullable: false),
                address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                organisation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                capacity = table.Column<int>(type: "integer", nullable: true),
                setting = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                step_free = table.Column<bool>(type: "boolean", nullable: true),
                bookable = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                contact = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                opening_hours = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                tags = table.Column<string[]>(type: "text[]", nullable: false),
                source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                last_verified = table.Column<DateOnly>(type: "date", nullable: true),
                candidate_spot = table.Column<bool>(type: "boolean", nullable: false),
                illustrative = table.Column<bool>(type: "boolean", nullable: false),
                created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                version = table.Column<int>(type: "integer", nullable: false, defaultValue: 1)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_facilities", x => x.id);
                table.CheckConstraint("ck_facilities_bookable", "bookable IS NULL OR bookable IN ('yes','no','on_request')");
                table.CheckConstraint("ck_facilities_capacity", "capacity IS NULL OR capacity >= 0");
                table.CheckConstraint("ck_facilities_geom", "GeometryType(geom) IN ('POINT','POLYGON','MULTIPOLYGON')");
                table.CheckConstraint("ck_facilities_setting", "setting IN ('indoor','outdoor','both')");
            });

        migrationBuilder.CreateIndex(
            name: "IX_facilities_geom",
            table: "facilities",
            column: "geom")
            .Annotation("Npgsql:IndexMethod", "gist");

        migrationBuilder.CreateIndex(
            name: "IX_facilities_type",
            table: "facilities",
            column: "type");
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "facilities");
    }
}
