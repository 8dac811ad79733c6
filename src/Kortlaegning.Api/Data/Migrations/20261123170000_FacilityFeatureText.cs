using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kortlaegning.Api.Data.Migrations;

/// <summary>
/// facilities.feature: each facility's GeoJSON Feature text (EPSG:4326, 6 decimals), kept by a BEFORE INSERT OR
/// UPDATE trigger so that every write path (INSERT, UPDATE, COPY) maintains it, and the list query only concatenates
/// (issue 5: 10,000 features in a bbox). Not part of the EF model: read by raw SQL only. Timestamps are written in
/// UTC whatever the session's time zone.
/// </summary>
[DbContext(typeof(KortlaegningDb))]
[Migration("20261123170000_FacilityFeatureText")]
public partial class FacilityFeatureText : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            ALTER TABLE facilities ADD COLUMN feature text;

            CREATE FUNCTION facilities_feature() RETURNS trigger LANGUAGE plpgsql SET timezone = 'UTC' AS $fn$
            BEGIN
              NEW.feature := '{"type":"Feature","id":' || NEW.id || ',"geometry":' || ST_AsGeoJSON(ST_Transform(NEW.geom, 4326), 6)
                || ',"properties":' || (SELECT row_to_json(p)::text FROM (SELECT NEW.id AS id, NEW.name AS name, NEW.type AS type,
                     NEW.address AS address, NEW.organisation AS organisation, NEW.capacity AS capacity, NEW.setting AS setting,
                     NEW.step_free AS "stepFree", NEW.bookable AS bookable, NEW.contact AS contact, NEW.opening_hours AS "openingHours",
                     NEW.notes AS notes, NEW.tags AS tags, NEW.source AS source, NEW.last_verified AS "lastVerified",
                     NEW.candidate_spot AS "candidateSpot", NEW.illustrative AS illustrative, NEW.updated_at AS "updatedAt",
                     NEW.version AS version) p)
                || '}';
              RETURN NEW;
            END
            $fn$;

            CREATE TRIGGER facilities_feature BEFORE INSERT OR UPDATE ON facilities FOR EACH ROW EXECUTE FUNCTION facilities_feature();

            UPDATE facilities SET feature = NULL;
            ALTER TABLE facilities ALTER COLUMN feature SET NOT NULL;
            """);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            DROP TRIGGER facilities_feature ON facilities;
            DROP FUNCTION facilities_feature();
            ALTER TABLE facilities DROP COLUMN feature;
            """);
    }
}
