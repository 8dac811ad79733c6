using Npgsql;

namespace Kortlaegning.Api.Health;

public static class HealthEndpoints
{
    public static void MapHealth(this IEndpointRouteBuilder app) =>
        app.MapGet("/healthz", Check).WithTags("Health").WithName("Health")
            .WithSummary("200 with database and PostGIS versions when the database answers; 503 when it does not.");

    internal static async Task<IResult> Check(NpgsqlDataSource db, CancellationToken ct)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            await using var cmd = db.CreateCommand("SELECT version(), postgis_lib_version(), (SELECT count(*) FROM areas)");
            await using var r = await cmd.ExecuteReaderAsync(timeout.Token);
            await r.ReadAsync(timeout.Token);
            return TypedResults.Ok(new { status = "ok", database = "ok", postgres = r.GetString(0).Split(" on ")[0], postgis = r.GetString(1), areas = r.GetInt64(2) });
        }
        catch (Exception e) when (e is NpgsqlException or OperationCanceledException or InvalidOperationException)
        {
            return TypedResults.Json(new { status = "unavailable", database = "unreachable", detail = e.Message }, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
