using System.Security.Claims;
using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Api.Infrastructure.Localisation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kortlaegning.Api.Accounts;

public sealed record NewUserBody(string? Email, string? Role, string? Municipality);

public sealed record GrantsBody(IReadOnlyList<GrantDto>? Grants);

public sealed record NewUserAnswer(Guid Id, string Email, string? Password, IReadOnlyList<GrantDto> Grants);

public sealed record PasswordAnswer(string Password);

/// <summary>
/// Account management for admins (policy admin). A municipal admin manages grants of its own municipality only; national
/// grants and other municipalities need a national admin (<see cref="Permission.ManageUsers"/>).
/// </summary>
internal static class UserAdminEndpoints
{
    public static void MapUserAdmin(this RouteGroupBuilder account)
    {
        var g = account.MapGroup("/users").RequireAuthorization(Policies.Admin);
        g.MapGet("/", List).WithName("ListAccounts").WithSummary("Every account with its grants, disabled flag and whether its password is one-time.");
        g.MapPost("/", Add).WithName("AddAccount")
            .WithSummary("Create an account with a grant (answers a generated one-time password), or add the grant to an existing account.").ProducesProblem(400);
        g.MapPut("/{id:guid}/grants", SetGrants).WithName("SetAccountGrants").WithSummary("Replace the account's grants.").ProducesProblem(400);
        g.MapPost("/{id:guid}/disable", (Guid id, ClaimsPrincipal user, UserAdministration admin, CancellationToken ct) => SetDisabled(id, true, user, admin, ct))
            .WithName("DisableAccount").WithSummary("No more sign-in; its sessions and tokens stop working at once.");
        g.MapPost("/{id:guid}/enable", (Guid id, ClaimsPrincipal user, UserAdministration admin, CancellationToken ct) => SetDisabled(id, false, user, admin, ct))
            .WithName("EnableAccount").WithSummary("Undo disable.");
        g.MapPost("/{id:guid}/password", ResetPassword).WithName("ResetAccountPassword").WithSummary("Set a generated one-time password and answer it.");
    }

    internal static async Task<Ok<IReadOnlyList<AccountInfo>>> List(ClaimsPrincipal user, AccountStore store, CancellationToken ct)
    {
        var all = await store.ListAccountsAsync(ct);
        var scope = Authorisation.Municipalities(user, Permission.ManageUsers);
        // A municipal admin sees the accounts that hold a grant in its municipalities.
        IReadOnlyList<AccountInfo> visible = scope is null ? all : [.. all.Where(a => a.Grants.Any(g => g.Municipality is not null && scope.Contains(g.Municipality)))];
        return TypedResults.Ok(visible);
    }

    internal static async Task<Results<Created<NewUserAnswer>, ProblemHttpResult>> Add(NewUserBody body, ClaimsPrincipal user, UserAdministration admin, CancellationToken ct)
    {
        var municipality = string.IsNullOrWhiteSpace(body.Municipality) ? null : body.Municipality.Trim();
        if (Roles.IsRole(body.Role) && !Authorisation.Can(user, Permission.ManageUsers, municipality)) return Forbidden(municipality);
        var result = await admin.AddAsync(body.Email ?? "", body.Role ?? "", municipality, ct);
        if (!result.Succeeded) return result.Errors.ToProblem("Account not created");
        var a = result.Account!;
        return TypedResults.Created($"/api/account/users/{a.Id}", new NewUserAnswer(a.Id, a.Email!, result.Password, [new GrantDto(body.Role!, municipality)]));
    }

    internal static async Task<Results<NoContent, ProblemHttpResult>> SetGrants(Guid id, GrantsBody body, ClaimsPrincipal user, UserAdministration admin, AccountStore store, CancellationToken ct)
    {
        if (await admin.FindAsync(id) is not { } account) return Problems.NotFound("No such account.");
        var current = (await store.FindAccountAsync(id, ct))?.Grants ?? [];
        var wanted = (body.Grants ?? []).Select(g => new Grant(g.Role, string.IsNullOrWhiteSpace(g.Municipality) ? null : g.Municipality)).ToList();
        // Both the grants taken away and the ones given must lie within the admin's own scope.
        foreach (var g in current.Concat(wanted))
        {
            if (!Authorisation.Can(user, Permission.ManageUsers, g.Municipality)) return Forbidden(g.Municipality);
        }
        var result = await admin.SetGrantsAsync(account, wanted, ct);
        return result.Succeeded ? TypedResults.NoContent() : result.Errors.ToProblem("Grants not changed");
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> SetDisabled(Guid id, bool disabled, ClaimsPrincipal user, UserAdministration admin, CancellationToken ct)
    {
        if (await admin.FindAsync(id) is not { } account) return Problems.NotFound("No such account.");
        if (!Authorisation.Can(user, Permission.ManageUsers, null)) return Forbidden(null);
        if (disabled && AccountClaims.UserId(user) == id) return Problems.Status(409, "Cannot disable yourself", "Ask another admin.");
        await admin.SetDisabledAsync(account, disabled, ct);
        return TypedResults.NoContent();
    }

    internal static async Task<Results<Ok<PasswordAnswer>, ProblemHttpResult>> ResetPassword(Guid id, ClaimsPrincipal user, UserAdministration admin, CancellationToken ct)
    {
        if (await admin.FindAsync(id) is not { } account) return Problems.NotFound("No such account.");
        if (!Authorisation.Can(user, Permission.ManageUsers, null)) return Forbidden(null);
        return TypedResults.Ok(new PasswordAnswer(await admin.ResetPasswordAsync(account, ct)));
    }

    private static ProblemHttpResult Forbidden(string? municipality) => Problems.Status(403, "Forbidden",
        municipality is null ? Texts.NeedsNationalAdmin.Get() : Texts.NeedsRoleFor.Format(Policies.Admin, municipality),
        new Dictionary<string, object?> { ["policy"] = Policies.Admin, ["municipality"] = municipality });
}
