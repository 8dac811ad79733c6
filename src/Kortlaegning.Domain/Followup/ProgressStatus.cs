namespace Kortlaegning.Domain.Followup;

/// <summary>Achieved against expected by the date (see <see cref="TargetProgress"/>).</summary>
public enum ProgressStatus
{
    Ahead,
    OnTrack,
    Behind,
}
