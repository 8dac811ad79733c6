namespace Kortlaegning.Domain.Workshops;

/// <summary>
/// Dot voting (prikker): each participant has the workshop's vote limit of dots, at most one per target (an item or
/// an area). A dot taken back can be placed again. Lowering the limit below what someone already placed keeps their
/// dots but leaves none to place.
/// </summary>
public static class DotAllowance
{
    public static bool CanPlace(int limit, long used) => used < limit;

    public static int Left(int limit, long used) => (int)Math.Max(0, limit - used);
}
