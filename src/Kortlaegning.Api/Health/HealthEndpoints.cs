using Kortlaegning.Api.Network;
using Npgsql;

namespace Kortlaegning.Api.Health;

public static class HealthEndpoints
{
    public static void MapHealth(this IEndpointRouteBuilder app) =>
        app.MapGet("/healthz", Check).WithTags("Health").WithName("Health")
            .WithSummary("200 with database and PostGIS versions and the loaded street networks (profile, edges) when the database answers; 503 when it does not.");

    internal static async Task<IResult> Check(HealthStore store, NetworkStore networks, CancellationToken ct)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            var db = await store.StatusAsync(timeout.Token);
            var loaded = await networks.StatusAsync(timeout.Token);
            var network = new { loaded = loaded.Count > 0, networks = loaded.Select(n => new { n.Profile, n.Edges, n.Vertices, n.Kilometres, n.LoadedAt }) };
            return TypedResults.Ok(new { status = "ok", database = "ok", postgres = db.Postgres, postgis = db.PostGis, areas = db.Areas, network });
        }
        catch (Exception e) when (e is NpgsqlException or OperationCanceledException or InvalidOperationException)
        {
            // No exception message: Npgsql's names the host and port, which are nobody's business outside.
            return TypedResults.Json(new { status = "unavailable", database = "unreachable", detail = "database unreachable" }, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
