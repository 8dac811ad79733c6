using Kortlaegning.Api.Infrastructure.Localisation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kortlaegning.Api.Infrastructure;

/// <summary>
/// Optimistic concurrency in one shape for every editable resource (facilities, planning scenarios): the ETag is the row
/// version (<c>"v3"</c>); PUT and DELETE require If-Match (428 without it; <c>*</c> means "whatever is there") and are
/// answered 412 with <c>currentETag</c> when it is stale, so a client can show what changed without another GET.
/// </summary>
public static class Preconditions
{
    public static string ETag(int version) => $"\"v{version}\"";

    /// <summary>
    /// If-Match: <c>"v{n}"</c> gives the expected version, <c>*</c> none (any current version). Absent: 428, whose detail
    /// names <paramref name="getPath"/> (e.g. <c>/api/facilities/{id}</c>) as where the ETag comes from.
    /// </summary>
    public static bool TryIfMatch(HttpRequest request, string getPath, out int? expected, out ProblemHttpResult? problem)
    {
        expected = null;
        problem = null;
        var values = request.Headers.IfMatch.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToList();
        if (values.Count == 0)
        {
            problem = Problems.Status(StatusCodes.Status428PreconditionRequired, "If-Match required",
                Texts.IfMatchRequired.Format(getPath));
            return false;
        }
        if (values.Contains("*")) return true;
        foreach (var v in values)
        {
            if (v.Length > 3 && v.StartsWith("\"v", StringComparison.Ordinal) && v.EndsWith('"') && int.TryParse(v.AsSpan(2, v.Length - 3), out var n))
            {
                expected = n;
                return true;
            }
        }
        problem = Problems.Status(StatusCodes.Status412PreconditionFailed, "Precondition failed", Texts.NotAnETag.Format(string.Join(", ", values)));
        return false;
    }

    /// <summary>412 for an If-Match that names an older version; <paramref name="resource"/> in lower case, e.g. "facility".</summary>
    public static ProblemHttpResult Stale(string resource, int id, int current) => Stale(resource, id.ToString(System.Globalization.CultureInfo.InvariantCulture), current);

    /// <summary>412 for a resource named by text (e.g. an area "housing_department:odder-7").</summary>
    public static ProblemHttpResult Stale(string resource, string id, int current) =>
        Problems.Status(StatusCodes.Status412PreconditionFailed, Texts.ResourceChanged(resource), Texts.StaleVersion.Format(Texts.ResourceName(resource), id, current),
            new Dictionary<string, object?> { ["currentETag"] = ETag(current) });
}
