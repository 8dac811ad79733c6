using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static Kortlaegning.Api.Tests.Indicators.OwnIndicatorTests;

namespace Kortlaegning.Api.Tests.Indicators;

/// <summary>Importing values: who may write national and own values, where own values may lie, bad rows, all-or-nothing, audit, disclosure.</summary>
[Collection(PostGisCollection.Name)]
public class OwnValueImportTests(PostGisFixture db)
{
    private Task<HttpClient> AnalystAsync(string municipality) => db.ClientForAsync($"analyst-{municipality}@test.dk", "analyst", municipality);

    private Task<long> AuditRowsAsync(string indicator) =>
        db.ScalarAsync<long>($"SELECT count(*) FROM audit_log WHERE entity = 'indicator_values' AND entity_id = '{indicator}'");

    // Issue 13: an analyst of Esbjerg could overwrite Esbjerg's official loneliness figure with 99.
    [Fact]
    public async Task AMunicipalAnalystCannotChangeAnOfficialFigure()
    {
        const string Official = "SELECT v.value FROM indicator_values v JOIN areas a ON a.id = v.area_id WHERE v.indicator_code = 'sp.loneliness' AND a.level = 'municipality' AND a.code = '0561' AND v.period = '2025'";
        double before = await db.ScalarAsync<double>(Official);
        var esbjerg = await AnalystAsync("0561");
        var response = await esbjerg.PostAsync("/api/indicators/import", Csv("sp.loneliness,municipality,0561,2025,99,,,,\n"));
        await Json.ReadAsync(response, HttpStatusCode.Forbidden);
        Assert.Equal(before, await db.ScalarAsync<double>(Official));
        Assert.NotEqual(99, before);
        Assert.Equal(0L, await AuditRowsAsync("sp.loneliness"));
    }

    [Fact]
    public async Task AnAnalystImportsOwnValuesAtParishLevelWithThemselvesAsSource()
    {
        await DefineAsync(db, "bl.imported");
        var silkeborg = await AnalystAsync("0740");
        var result = await Json.ReadAsync(await silkeborg.PostAsync("/api/indicators/import?source=dst-fod207-doede",
            Csv("bl.imported,parish,7992,2024,,120,,,\nbl.imported,parish,7993,2024,140,,,,\nbl.imported,parish,7998,2024,,160,,,\n")), HttpStatusCode.OK);
        Assert.Equal(3, result.GetProperty("written").GetInt32());
        var sources = await db.ScalarAsync<string>("SELECT string_agg(DISTINCT v.source, '|') FROM indicator_values v JOIN areas a ON a.id = v.area_id WHERE v.indicator_code = 'bl.imported' AND a.level = 'parish'");
        // The uploader (account / token name), with their label after it: never the official dataset id alone.
        Assert.StartsWith("upload:analyst-0740@test.dk", sources);
        Assert.EndsWith("(dst-fod207-doede)", sources);
        var values = await db.Client.GetJsonAsync("/api/indicators/bl.imported/values?level=parish");
        Assert.Equal(140, Area(values, "7993").GetProperty("value").GetDouble());
        // Rolled up to Silkeborg: 120 + 140 + 160.
        var municipality = await db.Client.GetJsonAsync("/api/indicators/bl.imported/values?level=municipality");
        Assert.Equal(420, Area(municipality, "0740").GetProperty("value").GetDouble());
        Assert.Equal("municipality:0740", values.GetProperty("sources")[0].GetProperty("id").GetString());
        Assert.Equal(1L, await AuditRowsAsync("bl.imported"));
    }

    [Fact]
    public async Task OwnValuesOutsideTheOwnersMunicipalityAreRefused()
    {
        await DefineAsync(db, "bl.outside");
        var silkeborg = await AnalystAsync("0740");
        // 8907 is Treenigheds sogn in Esbjerg.
        var problem = await Json.ReadAsync(await silkeborg.PostAsync("/api/indicators/import", Csv("bl.outside,parish,7992,2024,10,,,,\nbl.outside,parish,8907,2024,10,,,,\n")),
            HttpStatusCode.UnprocessableEntity);
        Assert.Contains("0740", problem.GetProperty("errors").GetProperty("rows[3].area_code")[0].GetString());
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM indicator_values WHERE indicator_code = 'bl.outside'"));
        Assert.Equal(0L, await AuditRowsAsync("bl.outside"));
    }

    [Fact]
    public async Task AnAnalystOfAnotherMunicipalityCannotWriteSilkeborgsValues()
    {
        await DefineAsync(db, "bl.foreign");
        var esbjerg = await AnalystAsync("0561");
        await Json.ReadAsync(await esbjerg.PostAsync("/api/indicators/import", Csv("bl.foreign,parish,7992,2024,10,,,,\n")), HttpStatusCode.Forbidden);
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM indicator_values WHERE indicator_code = 'bl.foreign'"));
    }

    [Fact]
    public async Task AValueForAnUnknownIndicatorNamesTheDefinitionsEndpoint()
    {
        var silkeborg = await AnalystAsync("0740");
        var problem = await Json.ReadAsync(await silkeborg.PostAsync("/api/indicators/import", Csv("bl.diabetes_unknown,parish,7992,2024,10,,,,\n")), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("/api/indicators", problem.GetProperty("errors").GetProperty("rows[2].indicator")[0].GetString());
    }

    [Fact]
    public async Task ANegativeCountAndAPercentAbove100AreRefusedByRowAndNothingIsWritten()
    {
        await DefineAsync(db, "bl.rows_count");
        await DefineAsync(db, "bl.rows_share", unit: "percent");
        var silkeborg = await AnalystAsync("0740");
        var csv = Csv("bl.rows_count,parish,7992,2024,25,,,,\n" +   // line 2: fine
                      "bl.rows_count,parish,7993,2024,-3,,,,\n" +   // line 3: negative count
                      "bl.rows_share,parish,7998,2024,101,,,,\n" +  // line 4: above 100 %
                      "bl.rows_share,parish,7992,2024,12,,,,\n");   // line 5: fine
        var problem = await Json.ReadAsync(await silkeborg.PostAsync("/api/indicators/import", csv), HttpStatusCode.UnprocessableEntity);
        var fields = problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
        Assert.Equal(["rows[3].value", "rows[4].value"], fields);
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM indicator_values WHERE indicator_code LIKE 'bl.rows_%'"));
        Assert.Equal(0L, await AuditRowsAsync("bl.rows_count"));
    }

    [Fact]
    public async Task ASmallOwnCountIsSuppressedInValuesAndProfileWhetherSentAsValueOrNumerator()
    {
        await DefineAsync(db, "bl.small");
        var silkeborg = await AnalystAsync("0740");
        // 7992 has 3 (as a value), 7993 has 1 (as a numerator): both below the threshold. With Silkeborg's total published
        // (the roll-up), a third parish must go too, or 3 + 1 = 4 = total − the rest.
        await Json.ReadAsync(await silkeborg.PostAsync("/api/indicators/import",
            Csv("bl.small,parish,7992,2024,3,,,,\nbl.small,parish,7993,2024,,1,,,\nbl.small,parish,7998,2024,50,,,,\nbl.small,parish,8007,2024,60,,,,\n")), HttpStatusCode.OK);
        var values = await db.Client.GetJsonAsync("/api/indicators/bl.small/values?level=parish&period=2024");
        foreach (var code in new[] { "7992", "7993" })
        {
            var v = Area(values, code);
            Assert.Equal("suppressed", v.GetProperty("note").GetString());
            Assert.Equal(JsonValueKind.Null, v.GetProperty("value").ValueKind);
            Assert.Equal(JsonValueKind.Null, v.GetProperty("numerator").ValueKind);
        }
        var published = values.GetProperty("values").EnumerateArray().Where(v => v.GetProperty("value").ValueKind == JsonValueKind.Number).Sum(v => v.GetProperty("value").GetDouble());
        var total = Area(await db.Client.GetJsonAsync("/api/indicators/bl.small/values?level=municipality&period=2024"), "0740");
        // The total is published; what is hidden together is not itself a small number recoverable by subtraction.
        Assert.Equal(114, total.GetProperty("value").GetDouble());
        Assert.True(total.GetProperty("value").GetDouble() - published >= 5, $"total {total} − published {published} reveals the suppressed cells");
        Assert.Equal(3, values.GetProperty("values").EnumerateArray().Count(v => v.GetProperty("note").GetString() == "suppressed"));

        var profile = await db.Client.GetJsonAsync("/api/areas/parish/7992/profile");
        var entry = profile.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "bl.small");
        Assert.Equal(JsonValueKind.Null, entry.GetProperty("value").ValueKind);
        Assert.Equal("suppressed", entry.GetProperty("note").GetString());
    }

    [Fact]
    public async Task ParishesRankOnAnOwnIndicatorWithValuesAtParishLevel()
    {
        await DefineAsync(db, "bl.rank_share", unit: "percent", countBased: false);
        var silkeborg = await AnalystAsync("0740");
        await Json.ReadAsync(await silkeborg.PostAsync("/api/indicators/import",
            Csv("bl.rank_share,parish,7992,2024,12,,,,\nbl.rank_share,parish,7993,2024,30,,,,\nbl.rank_share,parish,7998,2024,20,,,,\n")), HttpStatusCode.OK);
        var ranking = await Json.ReadAsync(await db.Client.PostAsJsonAsync("/api/rankings", new
        {
            level = "parish",
            scope = new { areas = new[] { "7992", "7993", "7998" } },
            indicators = new[] { new { code = "bl.rank_share", weight = 1 } },
        }), HttpStatusCode.OK);
        Assert.Equal(["7993", "7998", "7992"], ranking.GetProperty("areas").EnumerateArray().Select(a => a.GetProperty("code").GetString()).ToList());
    }
}
