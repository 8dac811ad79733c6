namespace Kortlaegning.Domain.Workshops;

/// <summary>What the database found about a drawn item: its category, validity (OGC simple features), size and place.</summary>
/// <param name="CategoryKnown">The workshop has the item's category.</param>
/// <param name="Valid">ST_IsValid.</param>
/// <param name="Reason">ST_IsValidReason when not valid.</param>
/// <param name="Vertices">ST_NPoints.</param>
/// <param name="Inside">The item lies within the focus extent plus the buffer (ST_Covers).</param>
public sealed record DrawnItemCheck(bool CategoryKnown, bool Valid, string? Reason, int Vertices, bool Inside)
{
    /// <summary>
    /// The first rule the item breaks, in the order a person fixes them: the category, then the shape itself (an
    /// invalid polygon has no meaningful vertex count or position), then its size, then where it is.
    /// </summary>
    public DrawnItemVerdict Verdict(int maxVertices) =>
        !CategoryKnown ? DrawnItemVerdict.UnknownCategory
        : !Valid ? DrawnItemVerdict.Invalid
        : Vertices > maxVertices ? DrawnItemVerdict.TooManyVertices
        : !Inside ? DrawnItemVerdict.Outside
        : DrawnItemVerdict.Accepted;
}

/// <summary>Outcome of <see cref="DrawnItemCheck.Verdict"/>.</summary>
public enum DrawnItemVerdict
{
    Accepted,
    UnknownCategory,
    Invalid,
    TooManyVertices,
    Outside,
}
