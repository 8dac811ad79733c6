using System.Net;
using Kortlaegning.Api.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Kortlaegning.Api.Tests.Accounts;

/// <summary>
/// Every write endpoint of the service carries a policy, and every policy holds: anonymous callers get 401 and a
/// signed-in viewer (who holds no write role) 403 naming the policy, both as ProblemDetails.
/// </summary>
[Collection(PostGisCollection.Name)]
public sealed class EndpointPolicyTests(PostGisFixture db)
{
    /// <summary>
    /// The listed exceptions, each with its reason: workshop participants write with a join code and participant token
    /// instead of an account; sign-in and sign-out must work without one; ranking and estimate are computations posted
    /// as bodies that store nothing (the anonymous-read fallback covers them).
    /// </summary>
    private static readonly HashSet<string> WithoutPolicy =
    [
        "JoinWorkshop", "AddWorkshopAnnotation", "EditWorkshopAnnotation", "DeleteWorkshopAnnotation", "VoteInWorkshop", "UnvoteInWorkshop",
        "SignIn", "SignOut",
        "Rank", "EstimateForPolygon",
    ];

    private static readonly string[] WriteMethods = ["POST", "PUT", "PATCH", "DELETE"];

    private IReadOnlyList<(string Name, string Method, string Url, string[] Policies, string ContentType)> WriteEndpoints()
    {
        var sources = db.Factory.Services.GetRequiredService<IEnumerable<EndpointDataSource>>();
        var list = new List<(string, string, string, string[], string)>();
        foreach (var e in sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>())
        {
            var methods = e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [];
            foreach (var m in methods.Intersect(WriteMethods))
            {
                var name = e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? e.RoutePattern.RawText!;
                var policies = e.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy ?? Policies.SignedIn).Distinct().ToArray();
                // A body of a type the endpoint does not accept is refused (415) before authorisation runs.
                var type = e.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>()?.ContentTypes.FirstOrDefault() ?? "application/json";
                list.Add((name, m, Url(e.RoutePattern), policies, type));
            }
        }
        return list;
    }

    /// <summary>The route with a sample value for each parameter (authorisation runs before any lookup).</summary>
    private static string Url(RoutePattern pattern) => "/" + string.Join('/', pattern.PathSegments.Select(s => string.Concat(s.Parts.Select(p => p switch
    {
        RoutePatternLiteralPart l => l.Content,
        RoutePatternSeparatorPart sep => sep.Content,
        RoutePatternParameterPart { ParameterPolicies: var pp } when pp.Any(x => x.Content == "guid") => Guid.NewGuid().ToString(),
        RoutePatternParameterPart => "1",
        _ => "",
    }))));

    [Fact]
    public void EveryWriteEndpointHasAPolicyOrIsAListedException()
    {
        var endpoints = WriteEndpoints();
        Assert.True(endpoints.Count > 20, $"only {endpoints.Count} write endpoints found");
        var missing = endpoints.Where(e => e.Policies.Length == 0 && !WithoutPolicy.Contains(e.Name)).Select(e => $"{e.Method} {e.Url} ({e.Name})").ToList();
        Assert.True(missing.Count == 0, "Write endpoints without an authorisation policy: " + string.Join("; ", missing));
        var stale = WithoutPolicy.Except(endpoints.Select(e => e.Name)).ToList();
        Assert.True(stale.Count == 0, "Listed exceptions that no longer exist: " + string.Join(", ", stale));
    }

    [Fact]
    public async Task EveryGuardedWriteAnswers401AnonymouslyAnd403ToAViewer()
    {
        using var anonymous = db.AnonymousClient();
        using var viewer = await db.ClientForAsync("viewer@test.dk", Policies.Viewer, "0727");
        var failures = new List<string>();
        foreach (var (name, method, url, policies, type) in WriteEndpoints().Where(e => e.Policies.Length > 0))
        {
            var a = await Send(anonymous, method, url, type);
            if (a.Status != HttpStatusCode.Unauthorized || !a.Problem) failures.Add($"{name} anonymous: {(int)a.Status} {a.Body}");
            if (policies.All(p => p == Policies.SignedIn)) continue; // the caller's own account: any signed-in user
            var v = await Send(viewer, method, url, type);
            if (v.Status != HttpStatusCode.Forbidden || !v.Problem || !policies.Any(p => v.Body.Contains($"'{p}'", StringComparison.Ordinal)))
            {
                failures.Add($"{name} viewer: {(int)v.Status} {v.Body}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static async Task<(HttpStatusCode Status, bool Problem, string Body)> Send(HttpClient client, string method, string url, string contentType)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = new StringContent("{}", System.Text.Encoding.UTF8, contentType) };
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType == "application/problem+json", body);
    }
}
