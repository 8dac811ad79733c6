using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Kortlaegning.Api.Tests.Areas;

/// <summary>Local communities defined as the union of parishes or own areas: dissolved by PostGIS, owned, linked, audited; refused whole when a member is unknown.</summary>
[Collection(PostGisCollection.Name)]
public class UnionAreaTests(PostGisFixture db)
{
    private static object Body(string code, params (string Level, string Code)[] members) => new
    {
        code,
        name = $"Illustrativt lokalområde {code}",
        unionOf = members.Select(m => new { level = m.Level, code = m.Code }).ToArray(),
    };

    [Fact]
    public async Task ALocalCommunityOfThreeOdderParishesIsTheirUnionWithParentsAndAnAuditRow()
    {
        using var planner = await db.ClientForAsync("planner-union-0727@test.dk", "planner", "0727");
        var response = await planner.PostAsJsonAsync("/api/areas/local_community", Body("union-gylling", ("parish", "8098"), ("parish", "8097"), ("parish", "8099")));
        var feature = await Json.ReadAsync(response, HttpStatusCode.Created);
        Assert.Equal("\"v1\"", response.Headers.ETag?.Tag);
        Assert.Equal("/api/areas/local_community/union-gylling", response.Headers.Location?.OriginalString);
        var p = feature.GetProperty("properties");
        Assert.Equal("0727", p.GetProperty("municipalityCode").GetString());
        Assert.StartsWith("union of parish 8098, 8097, 8099", p.GetProperty("facts").GetProperty("source").GetString());
        Assert.True(p.GetProperty("facts").GetProperty("residentsEstimated").GetBoolean());

        // The area is the three parishes' area (the shared borders dissolved, nothing added or lost).
        double parishes = await db.ScalarAsync<double>("SELECT sum(ST_Area(geom)) FROM areas WHERE level = 'parish' AND code IN ('8097', '8098', '8099')");
        double union = await db.ScalarAsync<double>("SELECT ST_Area(geom) FROM areas WHERE level = 'local_community' AND code = 'union-gylling'");
        Assert.InRange(union / parishes, 0.999, 1.001);
        Assert.Contains(p.GetProperty("parents").EnumerateArray(), x => x.GetProperty("level").GetString() == "municipality" && x.GetProperty("code").GetString() == "0727");
        Assert.Equal(3L, await db.ScalarAsync<long>("""
            SELECT count(*) FROM area_parents ap JOIN areas c ON c.id = ap.child_id JOIN areas p ON p.id = ap.parent_id
             WHERE c.level = 'local_community' AND c.code = 'union-gylling' AND p.level = 'parish' AND ap.overlap_fraction > 0.05
            """));
        Assert.Equal(1L, await db.ScalarAsync<long>("SELECT count(*) FROM audit_log WHERE entity = 'area' AND entity_id = 'local_community:union-gylling' AND action = 'create'"));

        // POST creates only: the same code again is a conflict, and nothing changes.
        await Json.ReadAsync(await planner.PostAsJsonAsync("/api/areas/local_community", Body("union-gylling", ("parish", "8087"))), HttpStatusCode.Conflict);
        Assert.Equal(1, await db.ScalarAsync<int>("SELECT version FROM areas WHERE level = 'local_community' AND code = 'union-gylling'"));
    }

    [Fact]
    public async Task UnknownMembersAreNamedAndNothingIsWritten()
    {
        using var planner = await db.ClientForAsync("planner-union-0727@test.dk", "planner", "0727");
        var problem = await Json.ReadAsync(await planner.PostAsJsonAsync("/api/areas/local_community",
            Body("union-bad", ("parish", "8098"), ("parish", "9999"), ("housing_department", "no-such-afd"))), HttpStatusCode.UnprocessableEntity);
        var errors = problem.GetProperty("errors");
        Assert.Contains("9999", errors.GetProperty("unionOf[1]")[0].GetString());
        Assert.Contains("no-such-afd", errors.GetProperty("unionOf[2]")[0].GetString());
        Assert.False(errors.TryGetProperty("unionOf[0]", out _));
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM areas WHERE code = 'union-bad'"));
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM audit_log WHERE entity_id = 'local_community:union-bad'"));

        var empty = await Json.ReadAsync(await planner.PostAsJsonAsync("/api/areas/custom", new { code = "union-empty", name = "x", unionOf = Array.Empty<object>() }), HttpStatusCode.UnprocessableEntity);
        Assert.True(empty.GetProperty("errors").TryGetProperty("unionOf", out _));
        var level = await Json.ReadAsync(await planner.PostAsJsonAsync("/api/areas/parish", Body("1234", ("parish", "8098"))), HttpStatusCode.BadRequest);
        Assert.True(level.GetProperty("errors").TryGetProperty("level", out _));
    }

    [Fact]
    public async Task APlannerCannotDefineAUnionInAnotherMunicipality()
    {
        using var planner = await db.ClientForAsync("planner-union-0727@test.dk", "planner", "0727");
        // 8065 Fårup lies in Aarhus (0751).
        var response = await planner.PostAsJsonAsync("/api/areas/local_community", Body("union-aarhus", ("parish", "8065")));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM areas WHERE code = 'union-aarhus'"));
        using var anonymous = db.AnonymousClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/areas/local_community", Body("union-anon", ("parish", "8098")))).StatusCode);
    }

    [Fact]
    public async Task AUnionOfDepartmentsIsACustomArea()
    {
        using var planner = await db.ClientForAsync("planner-union-0727@test.dk", "planner", "0727");
        foreach (var (code, dx) in new[] { ("union-afd-1", 0.0), ("union-afd-2", 0.003) })
        {
            var put = new HttpRequestMessage(HttpMethod.Put, $"/api/areas/housing_department/{code}")
            {
                Content = JsonContent.Create(JsonDocument.Parse(FormattableString.Invariant($$$"""
                    {"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[{{{10.16 + dx}}},55.97],[{{{10.162 + dx}}},55.97],[{{{10.162 + dx}}},55.971],[{{{10.16 + dx}}},55.971],[{{{10.16 + dx}}},55.97]]]},"properties":{"name":"Illustrativ {{{code}}}","homes":50}}
                    """)).RootElement),
            };
            put.Headers.TryAddWithoutValidation("If-Match", "*");
            await Json.ReadAsync(await planner.SendAsync(put), HttpStatusCode.Created);
        }
        var feature = await Json.ReadAsync(await planner.PostAsJsonAsync("/api/areas/custom",
            new { code = "union-afd", name = "Illustrative afdelinger", residents = 300, unionOf = new[] { new { level = "housing_department", code = "union-afd-1" }, new { level = "housing_department", code = "union-afd-2" } } }),
            HttpStatusCode.Created);
        var facts = feature.GetProperty("properties").GetProperty("facts");
        Assert.Equal(300, facts.GetProperty("residents").GetInt32());
        Assert.False(facts.GetProperty("residentsEstimated").GetBoolean());
        Assert.Equal(2, await db.ScalarAsync<int>("SELECT ST_NumGeometries(geom) FROM areas WHERE level = 'custom' AND code = 'union-afd'"));
    }
}
