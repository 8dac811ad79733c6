using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Api.Infrastructure.Localisation;
using Kortlaegning.Api.Infrastructure.Validation;
using Kortlaegning.Domain.Boundaries;
using Kortlaegning.Domain.OwnAreas;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kortlaegning.Api.Areas;

/// <summary>One member of a union: an area by level and code.</summary>
public sealed record UnionMember(string? Level, string? Code);

/// <summary>The body of POST /api/areas/{level}: the new area's code and name, optionally its owner and residents, and its members.</summary>
public sealed record UnionBody(
    string? Code, string? Name, string? Municipality, IReadOnlyList<UnionMember?>? UnionOf,
    int? Residents = null, int? ResidentsYear = null, bool Illustrative = false);

/// <summary>
/// A local community or custom area defined as the union of chosen parishes, postcodes or own areas (Odder's lokalråd as
/// parishes, Aalborg SØ as its departments). PostGIS dissolves the members (<see cref="AreaStore.UnionAsync"/>); the
/// result is then written as any drawn area is, through <see cref="AreaStore.WriteOwnAsync"/>: owner by majority (or the
/// stated municipality, if it holds most of it), the caller's right to edit it (403), residents from the grid unless
/// given, parent links, audit. The members are recorded in the area's source, not kept as live links: the area does not
/// change when a member is later redrawn.
/// </summary>
public static class UnionAreaEndpoint
{
    public const int MaxMembers = 500;

    private static readonly AreaLevel[] UnionLevels = [AreaLevel.LocalCommunity, AreaLevel.Custom];

    private static readonly AreaLevel[] MemberLevels =
        [AreaLevel.Parish, AreaLevel.Postcode, AreaLevel.HousingDepartment, AreaLevel.LocalCommunity, AreaLevel.Custom];

    public static void MapUnionAreas(this RouteGroupBuilder group) =>
        group.MapPost("/{level}", Create).WithName("CreateUnionArea")
            .WithSummary("Create a local community or custom area as the union of parishes, postcodes or own areas: {\"code\",\"name\",\"municipality\"?,\"unionOf\":[{\"level\":\"parish\",\"code\":\"8887\"}]}. 201, 409 when the code exists, 422 naming unknown members.")
            .ProducesProblem(403).ProducesProblem(409).ProducesProblem(422)
            .RequireAuthorization(Policies.Planner);

    internal static async Task<Results<ContentHttpResult, ProblemHttpResult>> Create(
        string level, UnionBody body, HttpContext http, AreaStore store, Catalog.DataCatalog catalog, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var lvl = AreaParameters.Level(errors, level);
        if (lvl is { } l0 && !UnionLevels.Contains(l0))
        {
            errors.Add("level", Texts.UnionLevelOnly.Format(Texts.LevelName(l0)));
        }
        if (errors.Any || lvl is not { } l) return errors.ToProblem(AreaParameters.ProblemTitle);
        var code = AreaParameters.Code(errors, l, body.Code, "code");
        if (string.IsNullOrWhiteSpace(body.Name)) errors.Add("name", Texts.NameRequired.Get());
        else if (body.Name.Trim().Length > 200) errors.Add("name", Texts.AtMost200Characters.Get());
        if (body.Residents is < 0 or > 1_000_000) errors.Add("residents", Texts.ResidentsRule.Get());
        if (body.ResidentsYear is < 1900 or > 2100) errors.Add("residentsYear", Texts.YearRule.Get());
        var members = Members(errors, body.UnionOf, l, code);
        if (errors.Any) return errors.ToProblem("Invalid union; nothing was written", StatusCodes.Status422UnprocessableEntity);

        var (missing, union) = await store.UnionAsync(members, ct);
        foreach (var i in missing) errors.Add($"unionOf[{i}]", Texts.NoMember.Format(Texts.LevelName(members[i].Level), members[i].Code));
        if (errors.Any) return errors.ToProblem("Unknown members; nothing was written", StatusCodes.Status422UnprocessableEntity);
        if (union is null || union.IsEmpty)
        {
            errors.Add("unionOf", Texts.MembersNoArea.Get());
            return errors.ToProblem("Invalid union; nothing was written", StatusCodes.Status422UnprocessableEntity);
        }

        var source = Provenance(members);
        var area = new OwnArea([1], code!, body.Name!.Trim(), union,
            new OwnAreaAttributes(Residents: body.Residents, ResidentsYear: body.ResidentsYear, Source: source, Illustrative: body.Illustrative),
            string.IsNullOrWhiteSpace(body.Municipality) ? null : body.Municipality.Trim());
        var result = await store.WriteOwnAsync([area], new OwnAreaWriteOptions(l, "union", null, false, "municipality", CreateOnly: true), ct);
        if (result.Exists)
        {
            return Problems.Status(StatusCodes.Status409Conflict, "The area exists",
                Texts.AreaExists.Format(Texts.LevelName(l), code, l.Name()));
        }
        if (result.Problems.Count > 0)
        {
            foreach (var p in result.Problems) errors.Add(p.Field == OwnAreaPreparer.GeometryField ? "unionOf" : p.Field, DomainMessages.Localise(p.Message));
            return errors.ToProblem("Invalid union; nothing was written", StatusCodes.Status422UnprocessableEntity);
        }
        if (result.Areas.Single().Version is { } v) http.Response.Headers.ETag = Preconditions.ETag(v);
        http.Response.StatusCode = StatusCodes.Status201Created;
        http.Response.Headers.Location = $"/api/areas/{l.Name()}/{code}";
        return (await AreasEndpoints.OneAsync(l.Name(), code!, null, AreaGeoJson.ApiId, store, catalog, ct)).Result as ContentHttpResult
            ?? throw new InvalidOperationException($"Area {l.Name()}:{code} vanished after its write.");
    }

    /// <summary>The members with normalised codes; each bad one named by its position.</summary>
    private static List<(string Level, string Code)> Members(FieldErrors errors, IReadOnlyList<UnionMember?>? given, AreaLevel level, string? code)
    {
        var members = new List<(string, string)>();
        if (given is null || given.Count == 0)
        {
            errors.Add("unionOf", Texts.ListMembers.Get());
            return members;
        }
        if (given.Count > MaxMembers)
        {
            errors.Add("unionOf", Texts.AtMostMembers.Format(MaxMembers));
            return members;
        }
        var seen = new HashSet<(string, string)>();
        for (int i = 0; i < given.Count; i++)
        {
            var field = $"unionOf[{i}]";
            var m = given[i];
            var ml = AreaParameters.Level(errors, m?.Level, $"{field}.level");
            if (ml is not { } memberLevel) continue;
            if (!MemberLevels.Contains(memberLevel))
            {
                errors.Add($"{field}.level", Texts.UnionMadeOf.Format(string.Join(", ", MemberLevels.Select(x => x.Name())), memberLevel.Name()));
                continue;
            }
            if (AreaParameters.Code(errors, memberLevel, m!.Code, $"{field}.code") is not { } mc) continue;
            if (memberLevel == level && mc == code) errors.Add(field, Texts.MemberOfItself.Get());
            else if (!seen.Add((memberLevel.Name(), mc))) errors.Add(field, Texts.ListedTwice.Format(Texts.LevelName(memberLevel), mc));
            else members.Add((memberLevel.Name(), mc));
        }
        return members;
    }

    /// <summary>"union of parish 8887, 8888; housing_department afd-7", cut to fit the source column's purpose (a label).</summary>
    private static string Provenance(List<(string Level, string Code)> members)
    {
        var text = "union of " + string.Join("; ", members.GroupBy(m => m.Level).Select(g => $"{g.Key} {string.Join(", ", g.Select(m => m.Code))}"));
        return text.Length <= 500 ? text : text[..497] + "…";
    }
}
