using Kortlaegning.Api.Accounts;
using Kortlaegning.Api.Areas;
using Kortlaegning.Api.Facilities;
using Kortlaegning.Api.Grid;
using Kortlaegning.Api.Indicators;
using Kortlaegning.Api.Rankings;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Kortlaegning.Api.Data;

/// <summary>
/// The EF Core model: one <see cref="IEntityTypeConfiguration{T}"/> per table in this folder. EF Core owns
/// the schema (migrations) and simple reads/writes; spatial joins, GeoJSON and tiles are SQL run by PostGIS.
/// Accounts are ASP.NET Core Identity users in the same database. Only Identity's user tables: roles carry a
/// municipality scope here (<see cref="RoleGrant"/>), which Identity's unscoped role tables cannot express.
/// </summary>
public sealed class KortlaegningDb(DbContextOptions<KortlaegningDb> options) : IdentityUserContext<Account, Guid>(options)
{
    public DbSet<Area> Areas => Set<Area>();
    public DbSet<AreaParent> AreaParents => Set<AreaParent>();
    public DbSet<AreaAttributesRow> AreaAttributes => Set<AreaAttributesRow>();
    public DbSet<DatasetLoad> DatasetLoads => Set<DatasetLoad>();
    public DbSet<Indicator> Indicators => Set<Indicator>();
    public DbSet<IndicatorValue> IndicatorValues => Set<IndicatorValue>();
    public DbSet<GridCell> GridCells => Set<GridCell>();
    public DbSet<GridCellArea> GridCellAreas => Set<GridCellArea>();
    public DbSet<Facility> Facilities => Set<Facility>();
    public DbSet<RankingPreset> RankingPresets => Set<RankingPreset>();
    public DbSet<Planning.PlanScenario> PlanScenarios => Set<Planning.PlanScenario>();
    public DbSet<RoleGrant> RoleGrants => Set<RoleGrant>();
    public DbSet<PersonalAccessToken> PersonalAccessTokens => Set<PersonalAccessToken>();
    public DbSet<Audit.AuditRecord> AuditLog => Set<Audit.AuditRecord>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        base.OnModelCreating(model);
        model.HasPostgresExtension("postgis");
        model.ApplyConfigurationsFromAssembly(typeof(KortlaegningDb).Assembly);
    }
}
