namespace Kortlaegning.Domain.Followup;

/// <summary>
/// One target at one date: the achieved figure, the share of the period elapsed, the expected figure (target × elapsed
/// share) and the status. <see cref="Achieved"/> is null when the figure is withheld by disclosure control; the
/// status is then null too.
/// </summary>
public sealed record TargetEvaluation(double Target, double? Achieved, double Elapsed, double Expected, ProgressStatus? Status);
