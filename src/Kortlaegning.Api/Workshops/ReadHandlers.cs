using Kortlaegning.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kortlaegning.Api.Workshops;

/// <summary>
/// Reads. Anyone with the workshop's id (an unguessable GUID handed out with the join) sees its published items and
/// counts; the facilitator key also shows items under review or hidden and the join code; a participant token marks
/// the caller's own items as <c>mine</c>.
/// </summary>
internal static class ReadHandlers
{
    public static async Task<Results<Ok<WorkshopDetails>, ProblemHttpResult>> Details(Guid id, HttpContext http, WorkshopStore store, CancellationToken ct)
    {
        var facilitator = WorkshopAccess.IsFacilitator(http);
        if (facilitator && await WorkshopAccess.CheckFacilitatorAsync(http, id, required: true) is ProblemHttpResult p) return p;
        var details = await store.DetailsAsync(id, facilitator, ct);
        return details is null ? Problems.NotFound("No such workshop.") : TypedResults.Ok(details);
    }

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> Annotations(Guid id, HttpContext http, WorkshopStore store, CancellationToken ct)
    {
        var facilitator = WorkshopAccess.IsFacilitator(http);
        if (facilitator && await WorkshopAccess.CheckFacilitatorAsync(http, id, required: true) is ProblemHttpResult p) return p;
        var (me, problem) = await WorkshopAccess.FindParticipantAsync(http, required: false);
        if (problem is ProblemHttpResult pp) return pp;
        if (!await store.ExistsAsync(id, ct)) return Problems.NotFound("No such workshop.");
        var features = await store.FeaturesAsync(id, me?.WorkshopId == id ? me.Id : null, facilitator, ct);
        return GeoJsonText.Ok(GeoJsonText.Collection([], features));
    }

    public static async Task<Results<Ok<WorkshopCounts>, ProblemHttpResult>> Counts(Guid id, WorkshopStore store, CancellationToken ct)
    {
        if (!await store.ExistsAsync(id, ct)) return Problems.NotFound("No such workshop.");
        return TypedResults.Ok(await store.CountsAsync(id, ct));
    }

    /// <summary>
    /// Counts as indicator rows, the shape the indicators feature imports: indicator = workshop.&lt;kommunekode&gt;.&lt;category&gt;
    /// (the code POST …/indicators/import defines, <see cref="WorkshopIndicatorImport.Code"/>),
    /// level, area code, period = the workshop date, value = number of published items touching the area.
    /// </summary>
    public static async Task<Results<Ok<IReadOnlyList<IndicatorRow>>, ProblemHttpResult>> Indicators(Guid id, WorkshopStore store, CancellationToken ct)
    {
        var details = await store.DetailsAsync(id, false, ct);
        if (details is null) return Problems.NotFound("No such workshop.");
        var counts = await store.CountsAsync(id, ct);
        var period = details.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        IReadOnlyList<IndicatorRow> rows = counts.ByAreaAndCategory
            .Select(c => new IndicatorRow(WorkshopIndicatorImport.Code(details.Municipality, c.Category), details.AreaLevel, c.Area, period, c.Count)).ToList();
        return TypedResults.Ok(rows);
    }

    /// <summary>The counts imported as values of own indicators defined by the import (<see cref="WorkshopIndicatorImport"/>).</summary>
    public static async Task<Results<Ok<WorkshopImportResult>, ProblemHttpResult>> ImportIndicators(Guid id, WorkshopIndicatorImport import, CancellationToken ct) =>
        await import.ImportAsync(id, ct) is { } result ? TypedResults.Ok(result) : Problems.NotFound("No such workshop.");
}
