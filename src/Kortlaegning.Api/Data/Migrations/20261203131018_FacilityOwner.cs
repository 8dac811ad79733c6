using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kortlaegning.Api.Data.Migrations;

/// <summary>
/// facilities.municipality: the owner (DESIGN.md §1), derived from the geometry by FacilityStore on every write and
/// checked against the caller's grants; back-filled here for stored facilities, and shown in the Feature text that the
/// trigger of migration FacilityFeatureText keeps.
/// </summary>
public partial class FacilityOwner : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "municipality", table: "facilities", type: "character varying(4)", maxLength: 4, nullable: true);
        migrationBuilder.CreateIndex(name: "IX_facilities_municipality", table: "facilities", column: "municipality");
        migrationBuilder.Sql(FeatureFunction(Owner));
        migrationBuilder.Sql("""
            UPDATE facilities f
               SET municipality = (SELECT m.code FROM areas m
                                    WHERE m.level = 'municipality' AND ST_DWithin(m.geom, ST_PointOnSurface(f.geom), 2000)
                                    ORDER BY m.geom <-> ST_PointOnSurface(f.geom) LIMIT 1);
            """);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(FeatureFunction(""));
        migrationBuilder.DropIndex(name: "IX_facilities_municipality", table: "facilities");
        migrationBuilder.DropColumn(name: "municipality", table: "facilities");
    }

    internal const string Owner = " NEW.municipality AS municipality,";

    /// <summary>The trigger function of the Feature text, with <paramref name="extra"/> properties (SQL ending in a comma) before updatedAt.</summary>
    internal static string FeatureFunction(string extra) => $$"""
        CREATE OR REPLACE FUNCTION facilities_feature() RETURNS trigger LANGUAGE plpgsql SET timezone = 'UTC' AS $fn$
        BEGIN
          NEW.feature := '{"type":"Feature","id":' || NEW.id || ',"geometry":' || ST_AsGeoJSON(ST_Transform(NEW.geom, 4326), 6)
            || ',"properties":' || (SELECT row_to_json(p)::text FROM (SELECT NEW.id AS id, NEW.name AS name, NEW.type AS type,
                 NEW.address AS address, NEW.organisation AS organisation, NEW.capacity AS capacity, NEW.setting AS setting,
                 NEW.step_free AS "stepFree", NEW.bookable AS bookable, NEW.contact AS contact, NEW.opening_hours AS "openingHours",
                 NEW.notes AS notes, NEW.tags AS tags, NEW.source AS source, NEW.last_verified AS "lastVerified",
                 NEW.candidate_spot AS "candidateSpot", NEW.illustrative AS illustrative,{{extra}}
                 NEW.updated_at AS "updatedAt", NEW.version AS version) p)
            || '}';
          RETURN NEW;
        END
        $fn$;
        """;
}
