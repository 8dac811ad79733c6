using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kortlaegning.Api.Data.Migrations;

/// <summary>
/// Issue 18, several replicas: the workshop event log that every replica's screens read (LISTEN/NOTIFY carries only
/// the workshop and event id; SSE resume reads this table). Owned by <c>WorkshopEventStore</c>'s SQL, not by the EF
/// model, like the other raw-SQL tables of features; the model snapshot is unchanged.
/// </summary>
[DbContext(typeof(KortlaegningDb))]
[Migration("20261203170000_WorkshopEventLog")]
public partial class WorkshopEventLog : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE workshop_events (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                workshop_id uuid NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
                type text NOT NULL,
                data text NOT NULL,
                public_type text NULL,
                public_data text NULL,
                created_at timestamptz NOT NULL DEFAULT now());
            CREATE INDEX ix_workshop_events_workshop_id ON workshop_events (workshop_id, id);
            """);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP TABLE IF EXISTS workshop_events;");
    }
}
