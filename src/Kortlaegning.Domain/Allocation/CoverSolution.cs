namespace Kortlaegning.Domain.Allocation;

/// <summary>
/// A selection on a <see cref="CoverInstance"/>: site indices, the objective in weight units (MCLP: covered weight;
/// LSCP: number of sites), per-site assigned weight when capacities applied, and what the solver proved.
/// </summary>
internal sealed record CoverSolution(int[] Sites, double Objective, double[]? Assigned, bool Optimal, double? Bound, string Solver);
