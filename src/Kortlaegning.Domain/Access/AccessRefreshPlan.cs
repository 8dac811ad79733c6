namespace Kortlaegning.Domain.Access;

/// <summary>
/// What to recompute (<see cref="AccessRefreshPlanner"/>): every stored access indicator of each of <see cref="Types"/>
/// (distinct, in ordinal order) at each of <see cref="Levels"/>, nationally.
/// </summary>
public sealed record AccessRefreshPlan(IReadOnlyList<string> Types, IReadOnlyList<string> Levels)
{
    public static AccessRefreshPlan Nothing { get; } = new([], []);

    public bool IsEmpty => Types.Count == 0;
}
