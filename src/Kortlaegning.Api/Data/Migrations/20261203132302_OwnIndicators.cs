using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kortlaegning.Api.Data.Migrations;

/// <summary>
/// Indicators a municipality defines itself (issue 14, docs/indicators.md): the owner (kommunekode; null = national),
/// the publisher and licence of its figures, and a version for edits under If-Match.
/// </summary>
public partial class OwnIndicators : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(
            name: "owner_municipality",
            table: "indicators",
            type: "character varying(4)",
            maxLength: 4,
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "source_licence",
            table: "indicators",
            type: "character varying(200)",
            maxLength: 200,
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "source_name",
            table: "indicators",
            type: "character varying(200)",
            maxLength: 200,
            nullable: true);

        migrationBuilder.AddColumn<int>(
            name: "version",
            table: "indicators",
            type: "integer",
            nullable: false,
            defaultValue: 1);

        migrationBuilder.CreateIndex(
            name: "IX_indicators_owner_municipality",
            table: "indicators",
            column: "owner_municipality");
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(
            name: "IX_indicators_owner_municipality",
            table: "indicators");

        migrationBuilder.DropColumn(
            name: "owner_municipality",
            table: "indicators");

        migrationBuilder.DropColumn(
            name: "source_licence",
            table: "indicators");

        migrationBuilder.DropColumn(
            name: "source_name",
            table: "indicators");

        migrationBuilder.DropColumn(
            name: "version",
            table: "indicators");
    }
}
