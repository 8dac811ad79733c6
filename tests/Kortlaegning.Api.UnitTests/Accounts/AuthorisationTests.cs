using System.Security.Claims;
using Kortlaegning.Api.Accounts;

namespace Kortlaegning.Api.UnitTests.Accounts;

public sealed class AuthorisationTests
{
    private const string Odder = "0727";
    private const string Esbjerg = "0561";

    private static ClaimsPrincipal User(params string[] grants) =>
        AccountClaims.ForAccount(new AccountSnapshot(Guid.NewGuid(), "a@b.dk", "s", false, false, [.. grants.Select(g => Grant.Parse(g)!)]), "test");

    [Fact]
    public void APlannerOfOdderMayEditOddersDataButNotEsbjergs()
    {
        var planner = User("planner:0727");
        Assert.True(Authorisation.Can(planner, Permission.Edit, Odder));
        Assert.False(Authorisation.Can(planner, Permission.Edit, Esbjerg));
    }

    [Fact]
    public void AMunicipalGrantDoesNotCoverNationalData()
    {
        Assert.False(Authorisation.Can(User("planner:0727"), Permission.Edit, null));
        Assert.True(Authorisation.Can(User("planner:*"), Permission.Edit, null));
    }

    [Fact]
    public void ANationalPlannerMayEditEveryMunicipality()
    {
        var planner = User("planner:*");
        Assert.True(Authorisation.Can(planner, Permission.Edit, Odder));
        Assert.True(Authorisation.Can(planner, Permission.Edit, Esbjerg));
    }

    [Fact]
    public void AdminImpliesEveryRoleWithinItsScope()
    {
        var admin = User("admin:0727");
        foreach (var p in Enum.GetValues<Permission>().Where(p => p != Permission.EditReference))
        {
            Assert.True(Authorisation.Can(admin, p, Odder), p.ToString());
            Assert.False(Authorisation.Can(admin, p, Esbjerg) && p != Permission.Read, p.ToString());
        }
    }

    [Fact]
    public void OnlyANationalAdminMayChangeReferenceData()
    {
        Assert.True(Authorisation.Can(User("admin:*"), Permission.EditReference, null));
        Assert.False(Authorisation.Can(User("admin:0727"), Permission.EditReference, null));
        Assert.False(Authorisation.Can(User("admin:0727"), Permission.EditReference, Odder));
        Assert.False(Authorisation.Can(User("planner:*"), Permission.EditReference, null));
    }

    [Fact]
    public void PlannerImpliesAnalystButNotFacilitator()
    {
        var planner = User("planner:0727");
        Assert.True(Authorisation.Can(planner, Permission.Import, Odder));
        Assert.False(Authorisation.Can(planner, Permission.Facilitate, Odder));
        Assert.False(Authorisation.Can(User("facilitator:0727"), Permission.Edit, Odder));
        Assert.True(Authorisation.Can(User("facilitator:0727"), Permission.Facilitate, Odder));
    }

    [Fact]
    public void AnAnalystMayImportButNotEdit()
    {
        var analyst = User("analyst:0561");
        Assert.True(Authorisation.Can(analyst, Permission.Import, Esbjerg));
        Assert.False(Authorisation.Can(analyst, Permission.Edit, Esbjerg));
        Assert.False(Authorisation.Can(analyst, Permission.ReadDrafts, Esbjerg));
    }

    [Fact]
    public void ReadingNeedsAnyRoleAnywhere()
    {
        Assert.True(Authorisation.Can(User("viewer:0727"), Permission.Read, Esbjerg));
        Assert.False(Authorisation.Can(User(), Permission.Read, null));
        Assert.False(Authorisation.Can(new ClaimsPrincipal(new ClaimsIdentity()), Permission.Read, null));
    }

    [Fact]
    public void AnAnonymousCallerMayDoNothing()
    {
        var anonymous = new ClaimsPrincipal(new ClaimsIdentity());
        Assert.All(Enum.GetValues<Permission>(), p => Assert.False(Authorisation.Can(anonymous, p, Odder)));
        Assert.False(Authorisation.HasRole(anonymous, "viewer"));
    }

    [Fact]
    public void TheCommandLineMayDoEverything()
    {
        var cli = AccountClaims.System("cli");
        Assert.All(Enum.GetValues<Permission>(), p => Assert.True(Authorisation.Can(cli, p, null)));
    }

    [Fact]
    public void AOneTimePasswordSessionHoldsNoRightsButItsTokensDo()
    {
        var account = new AccountSnapshot(Guid.NewGuid(), "a@b.dk", "s", MustChangePassword: true, false, [new Grant("admin", null)]);
        var session = AccountClaims.ForAccount(account, "cookie");
        Assert.False(Authorisation.HasRole(session, "viewer"));
        Assert.True(AccountClaims.MustChangePassword(session));
        var token = AccountClaims.ForAccount(account, "Bearer", Guid.NewGuid(), "script");
        Assert.True(Authorisation.HasRole(token, "admin"));
    }

    [Fact]
    public void TheRolePolicyIsMetByAGrantForAnyMunicipality()
    {
        Assert.True(Authorisation.HasRole(User("planner:0727"), "planner"));
        Assert.True(Authorisation.HasRole(User("planner:0727"), "viewer"));
        Assert.False(Authorisation.HasRole(User("planner:0727"), "admin"));
        Assert.True(Authorisation.HasRole(User("admin:0561"), "facilitator"));
    }

    [Fact]
    public void MunicipalitiesListsTheScopeOrNullForNational()
    {
        Assert.Equal(["0727"], Authorisation.Municipalities(User("planner:0727", "viewer:0561"), Permission.Edit)!);
        Assert.Null(Authorisation.Municipalities(User("planner:0727", "admin:*"), Permission.Edit));
        Assert.Empty(Authorisation.Municipalities(User("viewer:0561"), Permission.Edit)!);
    }

    [Fact]
    public void AGrantRoundTripsThroughItsClaimValue()
    {
        Assert.Equal(new Grant("planner", "0727"), Grant.Parse("planner:0727"));
        Assert.Equal(new Grant("admin", null), Grant.Parse("admin:*"));
        Assert.Null(Grant.Parse("owner:0727"));
        Assert.Null(Grant.Parse("planner"));
        Assert.Equal("viewer:*", new Grant("viewer", null).ToString());
    }
}
