using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kortlaegning.Api.Data.Migrations;

/// <summary>Device hash per workshop participant (issue 18): re-joins from one device keep the participant, its dots and limits.</summary>
public partial class WorkshopParticipantDevice : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<byte[]>(
            name: "device_hash",
            table: "workshop_participants",
            type: "bytea",
            nullable: true);

        migrationBuilder.CreateIndex(
            name: "ix_workshop_participants_device",
            table: "workshop_participants",
            columns: new[] { "workshop_id", "device_hash" },
            unique: true,
            filter: "device_hash IS NOT NULL");
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(
            name: "ix_workshop_participants_device",
            table: "workshop_participants");

        migrationBuilder.DropColumn(
            name: "device_hash",
            table: "workshop_participants");
    }
}
