using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Kortlaegning.Api.Data;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the web host or a database.</summary>
internal sealed class DesignTimeDbFactory : IDesignTimeDbContextFactory<KortlaegningDb>
{
    public KortlaegningDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<KortlaegningDb>()
            .UseNpgsql("Host=localhost;Database=design", o => o.UseNetTopologySuite())
            .Options);
}
