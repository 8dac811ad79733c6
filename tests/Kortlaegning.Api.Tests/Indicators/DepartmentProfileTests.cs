using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using static Kortlaegning.Api.Tests.Indicators.OwnIndicatorTests;

namespace Kortlaegning.Api.Tests.Indicators;

/// <summary>
/// A housing department's profile: its facts (residents entered, estimated or withheld), the applications' quoted facts
/// moving from Odder's profile to the department's once it exists, the national social-housing reference, and its own
/// indicators against its parish, Odder and Denmark under disclosure control.
/// </summary>
[Collection(PostGisCollection.Name)]
public class DepartmentProfileTests(PostGisFixture db)
{
    /// <summary>A small illustrative square in Odder town (lon/lat), <paramref name="dx"/> degrees east.</summary>
    private static string Department(double dx, string properties) => FormattableString.Invariant($$$"""
        {"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[{{{10.150 + dx}}},55.973],[{{{10.152 + dx}}},55.973],[{{{10.152 + dx}}},55.974],[{{{10.150 + dx}}},55.974],[{{{10.150 + dx}}},55.973]]]},"properties":{{{{properties}}}}}
        """);

    private static async Task PutAsync(HttpClient client, string code, string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/areas/housing_department/{code}") { Content = new StringContent(body, Encoding.UTF8, "application/geo+json") };
        request.Headers.TryAddWithoutValidation("If-Match", "*");
        var response = await client.SendAsync(request);
        await Json.ReadAsync(response, HttpStatusCode.Created);
        // Published: a new area is a draft, and profiles of others (the municipality's) count published departments only.
        var publish = new HttpRequestMessage(HttpMethod.Put, $"/api/areas/housing_department/{code}/state") { Content = System.Net.Http.Json.JsonContent.Create(new { state = "published" }) };
        publish.Headers.TryAddWithoutValidation("If-Match", response.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(publish)).StatusCode);
    }

    private static IEnumerable<JsonElement> Curated(JsonElement profile) => profile.GetProperty("curatedFacts").EnumerateArray();

    private static JsonElement Fact(JsonElement profile, string subject, string fact) =>
        Curated(profile).Single(f => f.GetProperty("subject").GetString() == subject && f.GetProperty("fact").GetString() == fact);

    [Fact]
    public async Task TheApplicationsFactsMoveFromOdderToTheDepartmentOnceItExists()
    {
        var odder = await db.Client.GetJsonAsync("/api/areas/municipality/0727/profile");
        var afd7 = Fact(odder, "DOMI Bolig afd. 7", "flats / residents");
        Assert.Equal("108 / 155", afd7.GetProperty("value").GetString());
        Assert.Equal("municipality", afd7.GetProperty("scope").GetString());
        Assert.Equal("seed:001_0474bb79b1b5ed94.txt", afd7.GetProperty("source").GetProperty("id").GetString());
        var aged = Fact(odder, "DOMI Bolig", "residents aged 65+");
        Assert.Equal("31.3", aged.GetProperty("value").GetString());
        Assert.Equal(20.6, aged.GetProperty("reference").GetProperty("value").GetDouble());
        Assert.Equal("higher", aged.GetProperty("reference").GetProperty("compared").GetString());
        Assert.DoesNotContain(Curated(odder), f => f.GetProperty("subject").GetString()!.Contains("Silkeborg"));

        using var planner = await db.ClientForAsync("planner-profile-0727@test.dk", "planner", "0727");
        await PutAsync(planner, "domi-7", Department(0, """
            "name":"DOMI Bolig, afdeling 7","organisation":"DOMI Bolig","departmentNumber":"7","homes":108,"residents":155,"residentsYear":2024,
            "board":true,"commonRoom":true,"address":"Illustrativ vej 7","source":"test (illustrative)","illustrative":true
            """));

        var profile = await db.Client.GetJsonAsync("/api/areas/housing_department/domi-7/profile");
        var facts = profile.GetProperty("facts");
        Assert.Equal("DOMI Bolig", facts.GetProperty("organisation").GetString());
        Assert.Equal(108, facts.GetProperty("homes").GetInt32());
        Assert.Equal(155, facts.GetProperty("residents").GetInt32());
        Assert.Equal("entered", facts.GetProperty("residentsLabel").GetString());
        Assert.True(facts.GetProperty("board").GetBoolean());
        Assert.Equal("parish", profile.GetProperty("parish").GetProperty("level").GetString());
        Assert.Equal("department", Fact(profile, "DOMI Bolig afd. 7", "flats / residents").GetProperty("scope").GetString());
        var organisation = Fact(profile, "DOMI Bolig", "residents aged 65+");
        Assert.Equal("organisation", organisation.GetProperty("scope").GetString());
        Assert.Equal(20.6, organisation.GetProperty("reference").GetProperty("value").GetDouble());
        Assert.Equal("organisation", Fact(profile, "DOMI Bolig (5 departments)", "single without children").GetProperty("scope").GetString());
        Assert.DoesNotContain(Curated(profile), f => f.GetProperty("subject").GetString() == "DOMI Bolig afd. 10");

        // Told once: afd. 7 has left Odder's profile; afd. 10 (no department yet) and the organisation's facts stay.
        odder = await db.Client.GetJsonAsync("/api/areas/municipality/0727/profile");
        Assert.DoesNotContain(Curated(odder), f => f.GetProperty("subject").GetString() == "DOMI Bolig afd. 7");
        Fact(odder, "DOMI Bolig afd. 10", "flats + terraced houses / residents");
        Fact(odder, "DOMI Bolig", "residents aged 65+");
    }

    [Fact]
    public async Task ResidentsAreLabelledAsEstimatesAndWithheldWhenFew()
    {
        using var planner = await db.ClientForAsync("planner-profile-0727@test.dk", "planner", "0727");
        await PutAsync(planner, "profile-est", Department(0.01, "\"name\":\"Illustrativ anslået\",\"homes\":40"));
        await PutAsync(planner, "profile-few", Department(0.02, "\"name\":\"Illustrativ lille\",\"residents\":3"));

        var estimated = (await db.Client.GetJsonAsync("/api/areas/housing_department/profile-est/profile")).GetProperty("facts");
        Assert.Equal("estimate", estimated.GetProperty("residentsLabel").GetString());
        Assert.True(estimated.GetProperty("residentsEstimated").GetBoolean());
        Assert.StartsWith("grid", estimated.GetProperty("residentsNote").GetString());

        var few = (await db.Client.GetJsonAsync("/api/areas/housing_department/profile-few/profile")).GetProperty("facts");
        Assert.Equal(JsonValueKind.Null, few.GetProperty("residents").ValueKind);
        Assert.True(few.GetProperty("residentsWithheld").GetBoolean());
    }

    [Fact]
    public async Task OwnIndicatorsCompareWithTheParishOdderAndDenmarkUnderDisclosureControl()
    {
        using var planner = await db.ClientForAsync("planner-profile-0727@test.dk", "planner", "0727");
        await Json.ReadAsync(await planner.PostAsJsonAsync("/api/indicators", Definition("odder.profile_lonely", municipality: "0727")), HttpStatusCode.Created);
        await PutAsync(planner, "profile-a", Department(0.03, "\"name\":\"Illustrativ A\",\"residents\":200"));
        await PutAsync(planner, "profile-b", Department(0.0325, "\"name\":\"Illustrativ B\",\"residents\":150"));
        await PutAsync(planner, "profile-c", Department(0.035, "\"name\":\"Illustrativ C\",\"residents\":120"));
        using var analyst = await db.ClientForAsync("analyst-profile-0727@test.dk", "analyst", "0727");
        await Json.ReadAsync(await analyst.PostAsync("/api/indicators/import", Csv(
            "odder.profile_lonely,housing_department,profile-a,2024,,40,200,,\n" +
            "odder.profile_lonely,housing_department,profile-b,2024,,3,150,,\n" +
            "odder.profile_lonely,housing_department,profile-c,2024,,30,120,,\n")), HttpStatusCode.OK);

        var a = (await db.Client.GetJsonAsync("/api/areas/housing_department/profile-a/profile")).GetProperty("indicators").EnumerateArray()
            .Single(i => i.GetProperty("code").GetString() == "odder.profile_lonely");
        Assert.Equal(40, a.GetProperty("numerator").GetDouble());
        Assert.Equal(JsonValueKind.Object, a.GetProperty("parish").ValueKind);
        Assert.Equal(JsonValueKind.Object, a.GetProperty("municipality").ValueKind);
        Assert.NotNull(a.GetProperty("comparedWithParish").GetString());

        var b = (await db.Client.GetJsonAsync("/api/areas/housing_department/profile-b/profile")).GetProperty("indicators").EnumerateArray()
            .Single(i => i.GetProperty("code").GetString() == "odder.profile_lonely");
        Assert.Equal("suppressed", b.GetProperty("note").GetString());
        Assert.Equal(JsonValueKind.Null, b.GetProperty("value").ValueKind);
        Assert.Equal(JsonValueKind.Null, b.GetProperty("numerator").ValueKind);
        // The parish's published total minus the published departments must not give the 3 away.
        var parishTotal = b.GetProperty("parish");
        if (parishTotal.GetProperty("value").ValueKind == JsonValueKind.Number)
        {
            var parishCode = (await db.Client.GetJsonAsync("/api/areas/housing_department/profile-b/profile")).GetProperty("parish").GetProperty("code").GetString();
            var parishValue = Area(await db.Client.GetJsonAsync($"/api/indicators/odder.profile_lonely/values?level=parish&period=2024"), parishCode!);
            var departments = await db.Client.GetJsonAsync("/api/indicators/odder.profile_lonely/values?level=housing_department&period=2024");
            double published = departments.GetProperty("values").EnumerateArray().Where(v => v.GetProperty("numerator").ValueKind == JsonValueKind.Number)
                .Sum(v => v.GetProperty("numerator").GetDouble());
            Assert.True(parishValue.GetProperty("numerator").GetDouble() - published >= 5, "the parish total minus its published departments gives the withheld 3 away");
        }
    }

    [Fact]
    public async Task OfficialLevelsHaveNoFactsAndAParishHasNoParishComparator()
    {
        var parish = await db.Client.GetJsonAsync("/api/areas/parish/8887/profile");
        Assert.False(parish.TryGetProperty("facts", out _));
        Assert.False(parish.TryGetProperty("parish", out _));
        Assert.Empty(Curated(parish));
    }
}
