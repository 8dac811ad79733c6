namespace Kortlaegning.Domain.Indicators;

/// <summary>Why a cell is withheld.</summary>
public enum SuppressionReason
{
    /// <summary>Published.</summary>
    None,

    /// <summary>The count itself is below the threshold.</summary>
    Primary,

    /// <summary>Withheld so a primary-suppressed cell cannot be recovered by subtracting published cells from a total.</summary>
    Complementary,
}
