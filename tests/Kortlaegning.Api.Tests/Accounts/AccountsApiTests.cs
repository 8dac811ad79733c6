using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Kortlaegning.Api.Accounts;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kortlaegning.Api.Tests.Accounts;

/// <summary>Sign-in, one-time passwords, tokens (create, use, revoke, expire), CSRF, role checks and the audit trail.</summary>
[Collection(PostGisCollection.Name)]
public sealed class AccountsApiTests(PostGisFixture db)
{
    private const string Csrf = "X-Requested-With";

    /// <summary>A cookie client signed in as a new account with the grant, its one-time password already changed.</summary>
    private async Task<HttpClient> SignedInAsync(string email, string role, string? municipality)
    {
        var (client, _) = await SignInFreshAsync(email, role, municipality);
        var changed = await Post(client, "/api/account/password", new { currentPassword = _lastPassword, newPassword = NewPassword }, csrf: true);
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        return client;
    }

    private const string NewPassword = "a long enough pass phrase";
    private string _lastPassword = "";

    private async Task<(HttpClient Client, string Password)> SignInFreshAsync(string email, string role, string? municipality)
    {
        await using var scope = db.Factory.Services.CreateAsyncScope();
        var added = await scope.ServiceProvider.GetRequiredService<UserAdministration>().AddAsync(email, role, municipality, default);
        Assert.True(added.Succeeded);
        _lastPassword = added.Password!;
        var client = db.Factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });
        var login = await Post(client, "/api/account/login", new { email, password = added.Password }, csrf: true);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        return (client, added.Password!);
    }

    private static Task<HttpResponseMessage> Post(HttpClient client, string url, object body, bool csrf)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        if (csrf) request.Headers.Add(Csrf, "test");
        return client.SendAsync(request);
    }

    private static string Unique(string name) => $"{name}-{Guid.NewGuid():N}"[..24] + "@test.dk";

    [Fact]
    public async Task AWrongPasswordAndAnUnknownEmailAnswerTheSame401()
    {
        var (_, _) = await SignInFreshAsync(Unique("known"), "viewer", "0727");
        using var client = db.AnonymousClient();
        var wrong = await Post(client, "/api/account/login", new { email = "viewer-x@test.dk", password = "wrong wrong wrong" }, csrf: true);
        var unknown = await Post(client, "/api/account/login", new { email = "nobody@test.dk", password = "wrong wrong wrong" }, csrf: true);
        var a = await Json.ReadAsync(wrong, HttpStatusCode.Unauthorized);
        var b = await Json.ReadAsync(unknown, HttpStatusCode.Unauthorized);
        Assert.Equal(a.GetProperty("detail").GetString(), b.GetProperty("detail").GetString());
        Assert.DoesNotContain("password is wrong.", a.GetProperty("detail").GetString()!.Replace("email or password is wrong", ""));
    }

    [Fact]
    public async Task FiveWrongPasswordsLockTheAccountAndTooManyTriesAnswer429()
    {
        var email = Unique("lockout");
        var (_, password) = await SignInFreshAsync(email, "viewer", null);
        using var client = db.AnonymousClient();
        for (var i = 0; i < 5; i++) await Post(client, "/api/account/login", new { email, password = "wrong wrong wrong" }, csrf: true);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Post(client, "/api/account/login", new { email, password }, csrf: true)).StatusCode);

        await using var limited = db.Factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("Kortlaegning:Auth:SignInPerMinute", "3");
            b.UseSetting("Kortlaegning:LoadReferenceData", "false");
        });
        using var guesser = limited.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++) statuses.Add((await Post(guesser, "/api/account/login", new { email = "x@test.dk", password = "guess guess guess" }, csrf: true)).StatusCode);
        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task SignInWithoutTheCustomHeaderIsRefused()
    {
        using var client = db.AnonymousClient();
        Assert.Equal(HttpStatusCode.Forbidden, (await Post(client, "/api/account/login", new { email = "x@test.dk", password = "whatever whatever" }, csrf: false)).StatusCode);
    }

    [Fact]
    public async Task AOneTimePasswordSessionMayOnlyChangeItsPassword()
    {
        var (client, password) = await SignInFreshAsync(Unique("onetime"), "planner", "0561");
        var me = await client.GetJsonAsync("/api/account/me");
        Assert.True(me.GetProperty("mustChangePassword").GetBoolean());
        var refused = await Json.ReadAsync(await Post(client, "/api/rankings/presets", new { }, csrf: true), HttpStatusCode.Forbidden);
        Assert.Equal("Skift adgangskode først", refused.GetProperty("title").GetString()); // "Password change required" in English
        var weak = await Post(client, "/api/account/password", new { currentPassword = password, newPassword = "short" }, csrf: true);
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Post(client, "/api/account/password", new { currentPassword = password, newPassword = NewPassword }, csrf: true)).StatusCode);
        var after = await client.GetJsonAsync("/api/account/me");
        Assert.False(after.GetProperty("mustChangePassword").GetBoolean());
        Assert.Equal("planner", after.GetProperty("grants")[0].GetProperty("role").GetString());
        Assert.Equal("0561", after.GetProperty("grants")[0].GetProperty("municipality").GetString());
    }

    [Fact]
    public async Task ATokenWorksUntilItIsRevokedAndThenAnswers401()
    {
        using var session = await SignedInAsync(Unique("tokens"), "analyst", "0727");
        var created = await Json.ReadAsync(await Post(session, "/api/account/tokens", new { name = "QGIS", days = 30 }, csrf: true), HttpStatusCode.Created);
        var token = created.GetProperty("token").GetString()!;
        var id = created.GetProperty("id").GetString()!;
        Assert.StartsWith(created.GetProperty("prefix").GetString()!, token);

        using var script = db.AnonymousClient();
        script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var me = await script.GetJsonAsync("/api/account/me");
        Assert.Equal("token", me.GetProperty("actor").GetString());
        Assert.Equal("QGIS", me.GetProperty("tokenName").GetString());

        var list = await session.GetJsonAsync("/api/account/tokens");
        Assert.Contains(list.EnumerateArray(), t => t.GetProperty("id").GetString() == id && t.GetProperty("lastUsedAt").ValueKind != System.Text.Json.JsonValueKind.Null);
        Assert.DoesNotContain(token, list.GetRawText());
        Assert.Equal(1, await db.ScalarAsync<long>($"SELECT count(*) FROM personal_access_tokens WHERE id = '{id}' AND token_hash = sha256('{token}'::bytea)"));

        // A token cannot mint more tokens.
        var minted = await script.PostAsJsonAsync("/api/account/tokens", new { name = "child" });
        Assert.Equal(HttpStatusCode.Forbidden, minted.StatusCode);

        var revoke = new HttpRequestMessage(HttpMethod.Delete, $"/api/account/tokens/{id}");
        revoke.Headers.Add(Csrf, "test");
        Assert.Equal(HttpStatusCode.NoContent, (await session.SendAsync(revoke)).StatusCode);
        var after = await Json.ReadAsync(await script.GetAsync("/api/account/me"), HttpStatusCode.Unauthorized);
        Assert.Contains("trukket tilbage", after.GetProperty("detail").GetString());
        // Also where anonymous reading is allowed: a refused token is never silently treated as anonymous.
        Assert.Equal(HttpStatusCode.Unauthorized, (await script.GetAsync("/api/catalog")).StatusCode);
        Assert.Equal(1, await db.ScalarAsync<long>($"SELECT count(*) FROM audit_log WHERE entity = 'token' AND entity_id = '{id}' AND action = 'revoke'"));
    }

    [Fact]
    public async Task AnExpiredTokenAnswers401()
    {
        await using var scope = db.Factory.Services.CreateAsyncScope();
        var account = (await scope.ServiceProvider.GetRequiredService<UserAdministration>().AddAsync(Unique("expired"), "viewer", null, default)).Account!;
        var (_, token) = await scope.ServiceProvider.GetRequiredService<AccountStore>().CreateTokenAsync(account.Id, "old", DateTimeOffset.UtcNow.AddSeconds(-1), default);
        using var client = db.AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var problem = await Json.ReadAsync(await client.GetAsync("/api/account/me"), HttpStatusCode.Unauthorized);
        Assert.Contains("udløbet", problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/account/me")).StatusCode);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "kl_" + new string('x', 43));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/account/me")).StatusCode);
    }

    [Fact]
    public async Task ACookieWriteWithoutTheCustomHeaderIsRefusedAndWritesNothing()
    {
        using var session = await SignedInAsync(Unique("csrf"), "planner", null);
        var before = await db.ScalarAsync<long>("SELECT count(*) FROM facilities");
        // What a page on another origin can send without a preflight: text/plain (a Blob without type), no custom header.
        var forged = new HttpRequestMessage(HttpMethod.Post, "/api/facilities")
        {
            Content = new StringContent("""{"name":"ILLUSTRATIVE forged","type":"library","lon":8.45,"lat":55.47}""", Encoding.UTF8, "text/plain"),
        };
        var response = await session.SendAsync(forged);
        var problem = await Json.ReadAsync(response, HttpStatusCode.Forbidden);
        Assert.Contains(Csrf, problem.GetProperty("detail").GetString());
        Assert.Equal(before, await db.ScalarAsync<long>("SELECT count(*) FROM facilities"));
        Assert.Equal(HttpStatusCode.Forbidden, (await Post(session, "/api/account/tokens", new { name = "x" }, csrf: false)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await Post(session, "/api/account/tokens", new { name = "x" }, csrf: true)).StatusCode);
    }

    [Fact]
    public async Task TheRightRoleSucceedsAndTheWrongOneIsToldThePolicy()
    {
        using var planner = await db.ClientForAsync(Unique("planner"), "planner", "0561");
        using var facilitator = await db.ClientForAsync(Unique("facilitator"), "facilitator", "0561");
        var facility = new { name = "ILLUSTRATIVE role test", type = "library", lon = 8.4385, lat = 55.485 };
        var created = await Json.ReadAsync(await planner.PostAsJsonAsync("/api/facilities", facility), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt32();
        try
        {
            var refused = await Json.ReadAsync(await facilitator.PostAsJsonAsync("/api/facilities", facility), HttpStatusCode.Forbidden);
            Assert.Equal("planner", refused.GetProperty("policy").GetString());
            var workshop = await facilitator.PostAsJsonAsync("/api/workshops", new { title = "Role test", municipality = "0561", date = "2026-03-14", focus = new { parishes = new[] { "8907" } } });
            Assert.Equal(HttpStatusCode.Created, workshop.StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await planner.GetAsync("/api/audit")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await db.Client.GetAsync("/api/audit?entity=token")).StatusCode);
        }
        finally
        {
            var delete = new HttpRequestMessage(HttpMethod.Delete, $"/api/facilities/{id}");
            delete.Headers.TryAddWithoutValidation("If-Match", "\"v1\"");
            await planner.SendAsync(delete);
        }
    }

    [Fact]
    public async Task AdminsCreateAccountsWithAnAuditRowAndARefusedChangeLeavesNone()
    {
        var before = await db.ScalarAsync<long>("SELECT count(*) FROM audit_log");
        var bad = await db.Client.PostAsJsonAsync("/api/account/users", new { email = "not-an-email", role = "owner", municipality = "Odder" });
        var problem = await Json.ReadAsync(bad, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("role", out _));
        var invalidName = await db.Client.PostAsJsonAsync("/api/account/users", new { email = "blå bær@test.dk", role = "viewer" });
        Assert.Equal(HttpStatusCode.BadRequest, invalidName.StatusCode);
        Assert.Equal(before, await db.ScalarAsync<long>("SELECT count(*) FROM audit_log"));

        var email = Unique("created");
        var created = await Json.ReadAsync(await db.Client.PostAsJsonAsync("/api/account/users", new { email, role = "planner", municipality = "0727" }), HttpStatusCode.Created);
        Assert.Equal(20, created.GetProperty("password").GetString()!.Length);
        var accountId = created.GetProperty("id").GetString();
        Assert.Equal(2, await db.ScalarAsync<long>($"SELECT count(*) FROM audit_log WHERE entity_id LIKE '{accountId}%' AND actor_kind = 'token' AND endpoint = 'POST /api/account/users/'"));

        // A municipal admin cannot hand out grants of another municipality.
        using var odderAdmin = await db.ClientForAsync(Unique("odder-admin"), "admin", "0727");
        var other = await Json.ReadAsync(await odderAdmin.PostAsJsonAsync("/api/account/users", new { email = Unique("esbjerg"), role = "planner", municipality = "0561" }), HttpStatusCode.Forbidden);
        Assert.Equal("0561", other.GetProperty("municipality").GetString());

        var csv = await db.Client.GetAsync($"/api/audit?entity=account&format=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var text = await csv.Content.ReadAsStringAsync();
        Assert.StartsWith("id,tidspunkt,aktørtype", text); // id,at,actor_kind in English (LanguageTests)
        Assert.Contains(accountId!, text);
    }

    [Fact]
    public async Task ADisabledAccountsTokensAndSessionsStopAtOnce()
    {
        var email = Unique("disabled");
        using var session = await SignedInAsync(email, "viewer", null);
        using var token = await db.ClientForAsync(email, "viewer", null);
        Assert.Equal(HttpStatusCode.OK, (await token.GetAsync("/api/account/me")).StatusCode);
        var id = (await session.GetJsonAsync("/api/account/me")).GetProperty("email").GetString();
        var accounts = await db.Client.GetJsonAsync("/api/account/users");
        var accountId = accounts.EnumerateArray().Single(a => a.GetProperty("email").GetString() == id).GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.NoContent, (await db.Client.PostAsync($"/api/account/users/{accountId}/disable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await token.GetAsync("/api/account/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await session.GetAsync("/api/account/me")).StatusCode);
    }

    [Fact]
    public async Task EveryAnswerCarriesTheSecurityHeadersAndOtherOriginsGetNoCors()
    {
        using var client = db.AnonymousClient();
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/catalog");
        request.Headers.Add("Origin", "https://evil.example");
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task TheOpenApiDocumentDeclaresCookieAndBearerOnGuardedOperations()
    {
        var doc = await db.AnonymousClient().GetJsonAsync("/openapi/v1.json");
        var schemes = doc.GetProperty("components").GetProperty("securitySchemes");
        Assert.Equal("bearer", schemes.GetProperty("bearer").GetProperty("scheme").GetString());
        Assert.Equal("cookie", schemes.GetProperty("cookie").GetProperty("in").GetString());
        var create = doc.GetProperty("paths").GetProperty("/api/facilities").GetProperty("post");
        Assert.Equal(2, create.GetProperty("security").GetArrayLength());
        // Anonymous read: no requirement, or the explicit empty one ({}) that OpenAPI linters ask for (issue 16).
        var open = doc.GetProperty("paths").GetProperty("/api/catalog").GetProperty("get");
        Assert.True(!open.TryGetProperty("security", out var security) || (security.GetArrayLength() == 1 && !security[0].EnumerateObject().Any()), open.GetRawText());
    }

    [Fact]
    public async Task WithAnonymousReadOffReadsNeedAViewerButWorkshopsAndHealthStayOpen()
    {
        await using var closed = db.Factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("Kortlaegning:Auth:AnonymousRead", "false");
            b.UseSetting("Kortlaegning:LoadReferenceData", "false");
        });
        using var anonymous = closed.CreateClient();
        var problem = await Json.ReadAsync(await anonymous.GetAsync("/api/catalog"), HttpStatusCode.Unauthorized);
        Assert.Equal(401, problem.GetProperty("status").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.PostAsJsonAsync("/api/workshops/join", new { code = "ZZZZ99" })).StatusCode);
        using var viewer = closed.CreateClient();
        viewer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await db.TokenAsync(Unique("reader"), "viewer", "0727"));
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("/api/catalog")).StatusCode);
    }
}
