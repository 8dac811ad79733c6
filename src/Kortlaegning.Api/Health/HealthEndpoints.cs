using Kortlaegning.Api.Network;
using Npgsql;

namespace Kortlaegning.Api.Health;

public static class HealthEndpoints
{
    public static void MapHealth(this IEndpointRouteBuilder app) =>
        app.MapGet("/healthz", Check).WithTags("Health").WithName("Health")
            .WithSummary("200 with database and PostGIS versions and the loaded street networks (profile, edges) when the database answers; 503 when it does not.");

    internal static async Task<IResult> Check(NpgsqlDataSource db, NetworkStore networks, CancellationToken ct)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            await using var cmd = db.CreateCommand("SELECT version(), postgis_lib_version(), (SELECT count(*) FROM areas)");
            await using var r = await cmd.ExecuteReaderAsync(timeout.Token);
            await r.ReadAsync(timeout.Token);
            var (postgres, postgis, areas) = (r.GetString(0).Split(" on ")[0], r.GetString(1), r.GetInt64(2));
            var loaded = await networks.StatusAsync(timeout.Token);
            var network = new { loaded = loaded.Count > 0, networks = loaded.Select(n => new { n.Profile, n.Edges, n.Vertices, n.Kilometres, n.LoadedAt }) };
            return TypedResults.Ok(new { status = "ok", database = "ok", postgres, postgis, areas, network });
        }
        catch (Exception e) when (e is NpgsqlException or OperationCanceledException or InvalidOperationException)
        {
            return TypedResults.Json(new { status = "unavailable", database = "unreachable", detail = e.Message }, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
