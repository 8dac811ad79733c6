using Kortlaegning.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;
using NpgsqlTypes;

namespace Kortlaegning.Api.Workshops;

/// <summary>
/// Reads. Anyone with the workshop's id (an unguessable GUID handed out with the join) sees its published items and
/// counts; the facilitator key also shows items under review or hidden and the join code; a participant token marks
/// the caller's own items as <c>mine</c>.
/// </summary>
internal static class ReadHandlers
{
    public static async Task<Results<Ok<WorkshopDetails>, ProblemHttpResult>> Details(Guid id, HttpContext http, NpgsqlDataSource db, CancellationToken ct)
    {
        var facilitator = WorkshopAccess.IsFacilitator(http);
        if (facilitator && await WorkshopAccess.CheckFacilitatorAsync(http, id, required: true) is ProblemHttpResult p) return p;
        var details = await WorkshopData.DetailsAsync(db, id, facilitator, ct);
        return details is null ? Problems.NotFound("No such workshop.") : TypedResults.Ok(details);
    }

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> Annotations(Guid id, HttpContext http, NpgsqlDataSource db, CancellationToken ct)
    {
        var facilitator = WorkshopAccess.IsFacilitator(http);
        if (facilitator && await WorkshopAccess.CheckFacilitatorAsync(http, id, required: true) is ProblemHttpResult p) return p;
        var (me, problem) = await WorkshopAccess.FindParticipantAsync(http, required: false);
        if (problem is ProblemHttpResult pp) return pp;
        if (!await ExistsAsync(db, id, ct)) return Problems.NotFound("No such workshop.");
        await using var cmd = db.CreateCommand(WorkshopQueries.Collection);
        cmd.Parameters.AddWithValue("id", id);
        cmd.Parameters.Add("pid", NpgsqlDbType.Bigint, me?.WorkshopId == id ? me.Id : null);
        cmd.Parameters.AddWithValue("all", facilitator);
        var features = (string)(await cmd.ExecuteScalarAsync(ct))!;
        return GeoJsonText.Ok(GeoJsonText.Collection([], features));
    }

    public static async Task<Results<Ok<WorkshopCounts>, ProblemHttpResult>> Counts(Guid id, NpgsqlDataSource db, CancellationToken ct)
    {
        if (!await ExistsAsync(db, id, ct)) return Problems.NotFound("No such workshop.");
        return TypedResults.Ok(await CountsAsync(db, id, ct));
    }

    /// <summary>
    /// Counts as indicator rows, the shape the indicators feature imports: indicator = workshop.&lt;category&gt;,
    /// level, area code, period = the workshop date, value = number of published items touching the area.
    /// </summary>
    public static async Task<Results<Ok<IReadOnlyList<IndicatorRow>>, ProblemHttpResult>> Indicators(Guid id, NpgsqlDataSource db, CancellationToken ct)
    {
        var details = await WorkshopData.DetailsAsync(db, id, false, ct);
        if (details is null) return Problems.NotFound("No such workshop.");
        var counts = await CountsAsync(db, id, ct);
        var period = details.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        IReadOnlyList<IndicatorRow> rows = counts.ByAreaAndCategory
            .Select(c => new IndicatorRow($"workshop.{c.Category}", details.AreaLevel, c.Area, period, c.Count)).ToList();
        return TypedResults.Ok(rows);
    }

    internal static async Task<WorkshopCounts> CountsAsync(NpgsqlDataSource db, Guid id, CancellationToken ct)
    {
        var byCategory = new List<CategoryCount>();
        var byArea = new List<AreaCategoryCount>();
        var areaVotes = new List<AreaVoteCount>();
        await using var conn = await db.OpenConnectionAsync(ct);
        await using (var cmd = new NpgsqlCommand(WorkshopQueries.CountsByCategory, conn))
        {
            cmd.Parameters.AddWithValue("id", id);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct)) byCategory.Add(new CategoryCount(r.GetString(0), r.GetString(1), r.GetInt64(2)));
        }
        await using (var cmd = new NpgsqlCommand(WorkshopQueries.CountsByAreaAndCategory, conn))
        {
            cmd.Parameters.AddWithValue("id", id);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct)) byArea.Add(new AreaCategoryCount(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt64(3)));
        }
        await using (var cmd = new NpgsqlCommand(WorkshopQueries.AreaVoteCounts, conn))
        {
            cmd.Parameters.AddWithValue("id", id);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct)) areaVotes.Add(new AreaVoteCount(r.GetString(0), r.GetInt64(1)));
        }
        return new WorkshopCounts(byCategory.Sum(c => c.Count), byCategory, byArea, areaVotes);
    }

    internal static async Task<bool> ExistsAsync(NpgsqlDataSource db, Guid id, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand("SELECT EXISTS (SELECT 1 FROM workshops WHERE id = @id)");
        cmd.Parameters.AddWithValue("id", id);
        return (bool)(await cmd.ExecuteScalarAsync(ct))!;
    }
}
