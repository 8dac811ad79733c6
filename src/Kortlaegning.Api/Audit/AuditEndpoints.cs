using System.Globalization;
using System.Security.Claims;
using System.Text;
using Kortlaegning.Api.Accounts;
using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Api.Infrastructure.Localisation;
using Kortlaegning.Api.Infrastructure.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kortlaegning.Api.Audit;

/// <summary>Query string of <c>GET /api/audit</c>.</summary>
public sealed record AuditParameters(string? Entity, string? Municipality, DateTimeOffset? From, DateTimeOffset? To, string? Format, int? Limit);

/// <summary>The audit trail for admins, newest first, as JSON or CSV; a municipal admin sees its municipalities' rows only.</summary>
public static class AuditEndpoints
{
    public const int MaxRows = 10_000;

    public static void MapAudit(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/audit", List).WithTags("Audit").WithName("ListAudit").RequireAuthorization(Policies.Admin)
            .WithSummary("Who changed what and when: filter by entity, municipality and time (from inclusive, to exclusive); format=csv for a download.")
            .Produces(200, contentType: "text/csv").ProducesProblem(400);
    }

    internal static async Task<Results<Ok<IReadOnlyList<AuditRecord>>, FileContentHttpResult, ProblemHttpResult>> List(
        [AsParameters] AuditParameters p, ClaimsPrincipal user, AuditStore store, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.Range("limit", p.Limit, 1, MaxRows);
        if (p.Format is not (null or "json" or "csv")) errors.Add("format", Texts.JsonOrCsv.Get());
        if (p.From is not null && p.To is not null && p.To <= p.From) errors.Add("to", Texts.AfterFrom.Get());
        if (errors.Any) return errors.ToProblem("Invalid audit query");
        var scope = Authorisation.Municipalities(user, Permission.ReadAudit);
        var rows = await store.QueryAsync(new AuditQuery(p.Entity, p.Municipality, p.From, p.To, p.Limit ?? 1000), scope, ct);
        if (p.Format != "csv") return TypedResults.Ok(rows);
        return TypedResults.File(Encoding.UTF8.GetBytes(Csv(rows)), "text/csv; charset=utf-8", "audit.csv");
    }

    public static string Csv(IEnumerable<AuditRecord> rows)
    {
        var sb = new StringBuilder();
        sb.AppendJoin(',', Texts.AuditCsvHeader.Select(h => h.Get())).Append('\n');
        foreach (var r in rows)
        {
            sb.AppendJoin(',', r.Id.ToString(CultureInfo.InvariantCulture), r.At.ToString("O", CultureInfo.InvariantCulture), Cell(r.ActorKind), Cell(r.ActorName), Cell(r.ActorId),
                Cell(r.Endpoint), Cell(r.Entity), Cell(r.EntityId), Cell(r.Municipality),
                r.VersionBefore?.ToString(CultureInfo.InvariantCulture) ?? "", r.VersionAfter?.ToString(CultureInfo.InvariantCulture) ?? "", Cell(r.Action)).Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>RFC 4180 quoting, and a leading quote against formula injection when opened in a spreadsheet.</summary>
    private static string Cell(string? value) => CsvCell.Field(value, ',');
}
