using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kortlaegning.Api.Data.Migrations;

/// <summary>
/// Issue 18, load: the version of the data that area, indicator and OGC reads are built from, for the read cache
/// (Infrastructure/ReadCache). Every statement that writes one of the tables those reads use appends a row to
/// <c>read_version_bumps</c> (a statement-level trigger); the version is the sum of the rows' weights. An insert-only
/// table, not a counter row, because a counter row would make every writer wait for every other one's commit, and
/// a sequence is bumped before its transaction commits (a reader could then label stale data with the new number).
/// The sum of committed rows grows with every commit and never counts an uncommitted write. ReadVersionStore compacts
/// the rows into one, which keeps the sum. Owned by ReadVersionStore's SQL, not by the EF model; the snapshot is
/// unchanged. A table added later joins with the same trigger (ReadVersionTests lists every table and fails on one
/// that is neither covered nor exempt).
/// </summary>
[DbContext(typeof(KortlaegningDb))]
[Migration("20261204020000_ReadVersion")]
public partial class ReadVersion : Migration
{
    internal static readonly string[] Covered =
    [
        "areas", "area_attributes", "area_parents", "dataset_loads", "facilities", "grid_cells", "grid_cell_areas",
        "indicators", "indicator_values", "network_edges", "network_loads", "network_vertices",
    ];

    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE read_version_bumps (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                weight bigint NOT NULL DEFAULT 1);
            INSERT INTO read_version_bumps (weight) VALUES (1);
            CREATE FUNCTION read_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO read_version_bumps DEFAULT VALUES;
                RETURN NULL;
            END $$;
            """);
        foreach (var table in Covered)
        {
            migrationBuilder.Sql($"""
                DO $$ BEGIN
                    IF to_regclass('{table}') IS NOT NULL THEN
                        CREATE TRIGGER read_version_bump AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table}
                            FOR EACH STATEMENT EXECUTE FUNCTION read_version_bump();
                    END IF;
                END $$;
                """);
        }
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in Covered) migrationBuilder.Sql($"DROP TRIGGER IF EXISTS read_version_bump ON {table};");
        migrationBuilder.Sql("DROP FUNCTION IF EXISTS read_version_bump(); DROP TABLE IF EXISTS read_version_bumps;");
    }
}
