using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kortlaegning.Api.Data.Migrations;

/// <summary>
/// Street networks for walking and cycling distance (issue 19; docs/network.md): pgRouting's edge table shape
/// (id, source, target, cost, reverse_cost) per profile in EPSG:25832, the vertices, and one row per loaded profile
/// whose <c>version</c> keys the in-memory graph. Not part of the EF model: read and written by NetworkStore only.
/// The pgrouting extension is created when the server has it (Debian postgresql-15-pgrouting, scripts/deps.sh); the
/// tables do not need it, the import and pgr_* comparisons do.
/// </summary>
[DbContext(typeof(KortlaegningDb))]
[Migration("20261203090000_Network")]
public partial class Network : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            DO $$ BEGIN
              IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pgrouting') THEN
                CREATE EXTENSION IF NOT EXISTS pgrouting;
              END IF;
            END $$;

            CREATE TABLE network_edges (
              profile text NOT NULL CHECK (profile IN ('walk', 'bike')),
              id bigint NOT NULL,
              source bigint NOT NULL,
              target bigint NOT NULL,
              cost double precision NOT NULL CHECK (cost >= 0),
              reverse_cost double precision NOT NULL,
              geom geometry(LineString, 25832) NOT NULL,
              PRIMARY KEY (profile, id)
            );
            CREATE INDEX ix_network_edges_geom ON network_edges USING gist (geom);

            CREATE TABLE network_vertices (
              profile text NOT NULL,
              id bigint NOT NULL,
              geom geometry(Point, 25832) NOT NULL,
              PRIMARY KEY (profile, id)
            );

            CREATE TABLE network_loads (
              profile text PRIMARY KEY,
              source text NOT NULL,
              edges integer NOT NULL,
              vertices integer NOT NULL,
              metres double precision NOT NULL,
              loaded_at timestamptz NOT NULL DEFAULT now(),
              version bigint NOT NULL
            );
            CREATE SEQUENCE network_version;
            """);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            DROP SEQUENCE network_version;
            DROP TABLE network_loads;
            DROP TABLE network_vertices;
            DROP TABLE network_edges;
            """);
    }
}
