using System.Security.Claims;
using Kortlaegning.Api.Accounts;

namespace Kortlaegning.Api.UnitTests.Accounts;

public sealed class OidcMappingTests
{
    private static readonly OidcOptions Options = new()
    {
        RoleClaim = "roles",
        MunicipalityClaim = "kommunekode",
        RoleMap = new() { ["Kortlaegning.Planner"] = "planner", ["Odder.Admin"] = "admin:0727", ["Broken"] = "owner" },
    };

    private static ClaimsPrincipal External(params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), "oidc"));

    [Fact]
    public void AMappedRoleTakesTheMunicipalityClaim()
    {
        var grants = OidcSignIn.MapGrants(External(("roles", "Kortlaegning.Planner"), ("kommunekode", "0561")), Options);
        Assert.Equal([new Grant("planner", "0561")], grants);
    }

    [Fact]
    public void AMappingWithAScopeKeepsItsOwnScope()
    {
        var grants = OidcSignIn.MapGrants(External(("roles", "Odder.Admin"), ("kommunekode", "0561")), Options);
        Assert.Equal([new Grant("admin", "0727")], grants);
    }

    [Fact]
    public void UnmappedAndInvalidValuesGiveNothing()
    {
        Assert.Empty(OidcSignIn.MapGrants(External(("roles", "Something.Else"), ("roles", "Broken")), Options));
    }

    [Fact]
    public void WithoutAMunicipalityTheGrantIsNational()
    {
        Assert.Equal([new Grant("planner", null)], OidcSignIn.MapGrants(External(("roles", "Kortlaegning.Planner")), Options));
    }
}
