using System.Net;
using System.Text.Json;
using static Kortlaegning.Api.Tests.Indicators.OwnIndicatorTests;

namespace Kortlaegning.Api.Tests.Indicators;

/// <summary>
/// Own counts of housing departments: the roll-up publishes each parish's total of its departments, so a department
/// withheld in Silkeborg's list must not be recoverable as its parish's total minus its published neighbours there.
/// </summary>
[Collection(PostGisCollection.Name)]
public class DepartmentDisclosureTests(PostGisFixture db)
{
    /// <summary>An illustrative department (a 40 m disc inside the parish) with its parish and municipality as primary parents.</summary>
    private async Task DepartmentAsync(string code, string parish, int offset)
    {
        await db.ScalarAsync<long>($"""
            WITH p AS (SELECT id, municipality_code, ST_PointOnSurface(geom) AS c FROM areas WHERE level = 'parish' AND code = '{parish}'),
                 a AS (INSERT INTO areas (level, code, name, geom, area_km2, municipality_code, source, updated_at)
                       SELECT 'housing_department', '{code}', 'Illustrativ afdeling {code}', ST_Multi(ST_Buffer(ST_Translate(c, {offset}, 0), 40)), 0.005,
                              municipality_code, 'test (illustrative)', now() FROM p
                       ON CONFLICT (level, code) DO NOTHING RETURNING id),
                 ap AS (INSERT INTO area_parents (child_id, parent_id, parent_level, overlap_fraction, is_primary)
                        SELECT a.id, p.id, 'parish', 1, true FROM a, p
                        UNION ALL
                        SELECT a.id, m.id, 'municipality', 1, true FROM a, p JOIN areas m ON m.level = 'municipality' AND m.code = p.municipality_code
                        RETURNING child_id)
            SELECT count(*) FROM ap
            """);
    }

    [Fact]
    public async Task AWithheldDepartmentCannotBeRecoveredFromItsParishsTotal()
    {
        await DepartmentAsync("test-afd-1", "7992", 0);
        await DepartmentAsync("test-afd-2", "7992", 100);
        await DepartmentAsync("test-afd-3", "7993", 0);
        await DepartmentAsync("test-afd-4", "7993", 100);
        await DefineAsync(db, "bl.departments");
        var analyst = await db.ClientForAsync("analyst-0740@test.dk", "analyst", "0740");
        // Within Silkeborg, 3 would be protected by hiding the smallest other department (20, in the other parish);
        // but parish 7992's total (103, from the roll-up) minus its published 100 would still give the 3.
        await Json.ReadAsync(await analyst.PostAsync("/api/indicators/import", Csv(
            "bl.departments,housing_department,test-afd-1,2024,3,,,,\n" +
            "bl.departments,housing_department,test-afd-2,2024,100,,,,\n" +
            "bl.departments,housing_department,test-afd-3,2024,20,,,,\n" +
            "bl.departments,housing_department,test-afd-4,2024,50,,,,\n")), HttpStatusCode.OK);
        var departments = await db.Client.GetJsonAsync("/api/indicators/bl.departments/values?level=housing_department&period=2024");
        Assert.Equal("suppressed", Area(departments, "test-afd-1").GetProperty("note").GetString());
        var parish = Area(await db.Client.GetJsonAsync("/api/indicators/bl.departments/values?level=parish&period=2024"), "7992");
        Assert.Equal(103, parish.GetProperty("value").GetDouble());
        double published = new[] { "test-afd-1", "test-afd-2" }.Select(c => Area(departments, c).GetProperty("value"))
            .Where(v => v.ValueKind == JsonValueKind.Number).Sum(v => v.GetDouble());
        Assert.True(103 - published >= 5, $"parish 7992 (103) − its published departments ({published}) gives away the withheld one");
    }
}
