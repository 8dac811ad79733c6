using Microsoft.AspNetCore.Authorization;

namespace Kortlaegning.Api.Infrastructure;

/// <summary>
/// The roles every write endpoint is bound to from the start. Authentication has not landed yet, so each
/// policy currently admits everyone; when it lands only these definitions change, not the endpoints.
/// </summary>
public static class Policies
{
    public const string Viewer = "viewer";
    public const string Analyst = "analyst";
    public const string Planner = "planner";
    public const string Facilitator = "facilitator";
    public const string Admin = "admin";

    public static void Add(AuthorizationOptions options)
    {
        foreach (var name in new[] { Viewer, Analyst, Planner, Facilitator, Admin })
        {
            options.AddPolicy(name, p => p.RequireAssertion(_ => true));
        }
    }
}
