using Kortlaegning.Api.Areas;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kortlaegning.Api.Data.Migrations;

/// <summary>
/// Issue 16: areas imported before the import dropped slivers (polygons and holes under 1 m², e.g. the ring of four
/// identical points in parishes 7483 Stege and 7698 Åstrup) are cleaned the way the import now cleans them.
/// Data only; the model is unchanged.
/// </summary>
[DbContext(typeof(KortlaegningDb))]
[Migration("20261203140000_OgcCleanAreaRings")]
public partial class OgcCleanAreaRings : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql($"""
            UPDATE areas a SET geom = c.g, area_km2 = ST_Area(c.g) / 1e6, updated_at = now()
              FROM (SELECT id, {AreaStore.CleanPolygons("ST_CollectionExtract(ST_MakeValid(geom), 3)")} AS g FROM areas) c
             WHERE c.id = a.id AND c.g IS NOT NULL AND ST_NPoints(c.g) <> ST_NPoints(a.geom);
            """);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
    }
}
