using Kortlaegning.Api.Audit;
using Kortlaegning.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Kortlaegning.Api.Followup;

public sealed partial class FollowupStore
{
    /// <summary>
    /// The municipality that owns a follow-up row (DESIGN.md §1): projects, activities and registrations carry it; a
    /// target belongs to its project's.
    /// </summary>
    private static async Task<string?> OwnerAsync(KortlaegningDb context, object row, CancellationToken ct) => row switch
    {
        ProjectEntity p => p.Municipality,
        ActivityEntity a => a.Municipality,
        RegistrationEntity r => r.Municipality,
        TargetEntity t => await context.Set<ProjectEntity>().Where(p => p.Id == t.ProjectId).Select(p => p.Municipality).FirstOrDefaultAsync(ct),
        _ => throw new ArgumentException($"{row.GetType().Name} is not a follow-up row.", nameof(row)),
    };

    private static string EntityName(object row) => row switch
    {
        ProjectEntity => "project",
        ActivityEntity => "activity",
        RegistrationEntity => "registration",
        TargetEntity => "target",
        _ => throw new ArgumentException($"{row.GetType().Name} is not a follow-up row.", nameof(row)),
    };

    /// <summary>Adds the audit row to the context: the caller's next SaveChanges writes it with the change.</summary>
    private void Audit(KortlaegningDb context, object row, string action, string? owner, int? before, int? after)
    {
        var id = Convert.ToString(context.Entry(row).Property("Id").CurrentValue, System.Globalization.CultureInfo.InvariantCulture);
        audit.Append(context, new AuditEntry(EntityName(row), id, action, owner, before, after));
    }
}
