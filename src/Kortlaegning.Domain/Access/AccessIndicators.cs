namespace Kortlaegning.Domain.Access;

/// <summary>
/// The four access measures of a facility type as stored indicators (docs/facilities.md, "Stored as indicators"):
/// <c>access.&lt;type&gt;.distance</c> and <c>.mean_distance</c> in whole metres, <c>.share_within_1000</c> in percent
/// (2 decimals), <c>.2sfca</c> (4 decimals), for <see cref="Levels"/>, period <see cref="Period"/>. The notes say why a
/// value is missing: <see cref="NoResidents"/> (population 0: nothing to measure) or <see cref="NoFacility"/> (distance
/// null because no facility of the type exists; the share and the score are then 0, as <see cref="AreaAccess"/> says).
/// </summary>
public static class AccessIndicators
{
    /// <summary>Derived values are recomputed on every change, so one "current" period rather than dated snapshots.</summary>
    public const string Period = "current";

    /// <summary>The "within" distance of the stored share (the code says 1000).</summary>
    public const double WithinMetres = 1000;

    public const string NoResidents = "no_residents";
    public const string NoFacility = "no_facility";

    private const string Prefix = "access.";

    /// <summary>Stored for parishes (the map's level) and municipalities (rankings between municipalities).</summary>
    public static IReadOnlyList<string> Levels { get; } = ["parish", "municipality"];

    /// <summary>The codes of a type, in the order of <see cref="Values"/>.</summary>
    public static string[] Codes(string type) =>
        [$"{Prefix}{type}.distance", $"{Prefix}{type}.mean_distance", $"{Prefix}{type}.share_within_1000", $"{Prefix}{type}.2sfca"];

    /// <summary>The facility type of an access indicator code (<c>access.gp_clinic.2sfca</c> → <c>gp_clinic</c>), else null.</summary>
    public static string? TypeOf(string code)
    {
        if (!code.StartsWith(Prefix, StringComparison.Ordinal)) return null;
        var parts = code.Split('.');
        return parts.Length == 3 && parts[1].Length > 0 ? parts[1] : null;
    }

    /// <summary>One area's measures as the four stored values, rounded as the indicators' decimals promise.</summary>
    public static AccessIndicatorValue[] Values(string type, AreaAccess r)
    {
        var codes = Codes(type);
        string? note = r.Population > 0 ? null : NoResidents;
        string? distanceNote = note ?? (r.CentreToNearestMetres is null ? NoFacility : null);
        return
        [
            new(codes[0], Round(r.CentreToNearestMetres, 0), distanceNote),
            new(codes[1], Round(r.MeanNearestMetres, 0), distanceNote),
            new(codes[2], Round(r.ShareWithin * 100, 2), note),
            new(codes[3], Round(r.Score, 4), note),
        ];
    }

    private static double? Round(double? v, int digits) => v is { } x ? Math.Round(x, digits) : null;
}
