namespace Kortlaegning.Domain.Indicators;

/// <summary>Notes shown with a value instead of a silent blank (Fingertips' "value notes"). Flags: several can apply.</summary>
[Flags]
public enum ValueNote
{
    None = 0,

    /// <summary>The value is, or is built from, a modelled or imputed estimate.</summary>
    Estimated = 1,

    /// <summary>The value is, or depends on, a count withheld by disclosure control.</summary>
    Suppressed = 2,

    /// <summary>The value cannot be computed from what is available (e.g. a child has only a rate, no counts).</summary>
    NotComputable = 4,
}
