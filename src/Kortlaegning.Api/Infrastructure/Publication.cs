using Kortlaegning.Api.Accounts;
using Kortlaegning.Api.Infrastructure.Localisation;
using Npgsql;
using NpgsqlTypes;

namespace Kortlaegning.Api.Infrastructure;

/// <summary>
/// Own data that a municipality makes and shows when it is ready (DESIGN.md §1): scenarios, follow-up projects, own
/// indicator definitions, facilities and own areas are created as drafts; planners of the owner see drafts, everyone else (viewers, other municipalities, anonymous
/// readers) only what is published. Stored as text <c>draft</c> | <c>published</c>.
/// </summary>
public interface IPublishable
{
    string Municipality { get; }

    string State { get; set; }
}

/// <summary>The body of <c>PUT …/state</c>: <c>draft</c> or <c>published</c>.</summary>
public sealed record StateBody(string? State);

public static class Publication
{
    public const string Draft = "draft";
    public const string Published = "published";

    /// <summary>The check constraint of a <c>state</c> column.</summary>
    public const string Check = "state IN ('draft','published')";

    /// <summary>The state asked for, or null with the field error added.</summary>
    public static string? Read(StateBody? body, Validation.FieldErrors errors)
    {
        if (body?.State is Draft or Published) return body.State;
        errors.Add("state", Texts.StateRule.Format(Draft, Published));
        return null;
    }

    /// <summary>Rows the caller may read: published ones, and drafts of municipalities where the caller may read drafts.</summary>
    public static IQueryable<T> VisibleTo<T>(this IQueryable<T> rows, ICurrentUser user) where T : class, IPublishable
    {
        if (Authorisation.Municipalities(user.Principal, Permission.ReadDrafts) is not { } own) return rows;
        var codes = own.ToArray();
        return rows.Where(r => r.State == Published || codes.Contains(r.Municipality));
    }

    public static bool IsVisibleTo(this IPublishable row, ICurrentUser user) =>
        row.State == Published || user.Can(Permission.ReadDrafts, row.Municipality);

    /// <summary>
    /// The SQL predicate "published, or a draft the caller may read" on <paramref name="alias"/>'s <c>state</c> and owner
    /// column, with the parameters <c>@draft_all</c> and <c>@draft_owners</c> that <see cref="AddDraftParameters"/> binds.
    /// Every SQL read of own data (tiles, lists, OGC, rankings, values) puts it in its WHERE.
    /// </summary>
    public static string VisibleSql(string alias, string ownerColumn) =>
        $"({alias}.state = '{Published}' OR @draft_all OR {alias}.{ownerColumn} = ANY(@draft_owners))";

    public static void AddDraftParameters(this NpgsqlParameterCollection parameters, ICurrentUser user)
    {
        var own = Authorisation.Municipalities(user.Principal, Permission.ReadDrafts);
        parameters.AddWithValue("draft_all", own is null);
        parameters.Add(new NpgsqlParameter("draft_owners", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = own?.Order(StringComparer.Ordinal).ToArray() ?? [] });
    }

    /// <summary>
    /// Which drafts the caller sees, as a short key for caches and ETags: "" for published data only (anonymous callers,
    /// viewers, analysts), "*" for all, else the kommunekoder. Two callers with the same key see the same rows.
    /// </summary>
    public static string DraftKey(ICurrentUser user) => Authorisation.Municipalities(user.Principal, Permission.ReadDrafts) switch
    {
        null => "*",
        var own => string.Join('+', own.Order(StringComparer.Ordinal)),
    };
}
