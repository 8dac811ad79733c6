using Kortlaegning.Api.Accounts;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Kortlaegning.Api.Data;

/// <summary>
/// The EF Core model: one <see cref="IEntityTypeConfiguration{T}"/> per table, each in its feature's folder, found by
/// <c>ApplyConfigurationsFromAssembly</c>. It names no feature type: stores reach their tables with <c>Set&lt;T&gt;()</c>,
/// so Data/ depends on no feature (issue 12). EF Core owns
/// the schema (migrations) and simple reads/writes; spatial joins, GeoJSON and tiles are SQL run by PostGIS.
/// Accounts are ASP.NET Core Identity users in the same database. Only Identity's user tables: roles carry a
/// municipality scope here (<see cref="RoleGrant"/>), which Identity's unscoped role tables cannot express.
/// </summary>
public sealed class KortlaegningDb(DbContextOptions<KortlaegningDb> options) : IdentityUserContext<Account, Guid>(options)
{
    protected override void OnModelCreating(ModelBuilder model)
    {
        base.OnModelCreating(model);
        model.HasPostgresExtension("postgis");
        model.ApplyConfigurationsFromAssembly(typeof(KortlaegningDb).Assembly);
    }
}
