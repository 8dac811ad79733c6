namespace Kortlaegning.Domain.Workshops;

/// <summary>
/// "Into planning": a workshop item of a place-like category (<c>meeting_place</c>, <c>resource</c>) can become a
/// facility (kind <c>facility</c>) or a candidate health spot (kind <c>candidate</c>). The facility's name is the one
/// the facilitator gives, else the start of the item's text, else "Workshop item {id}"; its notes are the full text.
/// </summary>
public static class FacilityConversion
{
    public const string Facility = "facility";
    public const string Candidate = "candidate";
    public static readonly string[] Kinds = [Facility, Candidate];
    public static readonly string[] PlaceCategories = ["meeting_place", "resource"];

    public static bool IsKind(string? kind) => kind is Facility or Candidate;

    public static bool CanConvert(string category) => PlaceCategories.Contains(category);

    public static string Name(string? given, string? text, long itemId)
    {
        if (!string.IsNullOrWhiteSpace(given)) return given.Trim();
        if (!string.IsNullOrEmpty(text)) return text[..Math.Min(text.Length, WorkshopLimits.FacilityNameFromText)];
        return $"Workshop item {itemId}";
    }

    public static string? Notes(string? text) => string.IsNullOrEmpty(text) ? null : text;

    /// <summary>The facility's provenance, so it can be traced back to the workshop and item.</summary>
    public static string Source(Guid workshopId, long itemId) => $"workshop:{workshopId}:{itemId}";
}
