namespace Kortlaegning.Domain.Allocation;

/// <summary>One bad field or row of an allocation request, named as in the JSON body ("k", "demand[3].weight").</summary>
public sealed record AllocationFieldError(string Field, string Message);

/// <summary>
/// The request cannot be solved as given. <see cref="TooLarge"/> marks inputs over the size limits (HTTP 413);
/// every other case is a bad request (HTTP 400). <see cref="Errors"/> lists every problem found, not just the first.
/// </summary>
public sealed class AllocationValidationException : Exception
{
    public AllocationValidationException(IReadOnlyList<AllocationFieldError> errors, bool tooLarge = false)
        : base(string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}")))
    {
        if (errors.Count == 0) throw new ArgumentException("At least one error is needed.", nameof(errors));
        Errors = errors;
        TooLarge = tooLarge;
    }

    /// <summary>Field of the first error.</summary>
    public string Field => Errors[0].Field;

    public IReadOnlyList<AllocationFieldError> Errors { get; }

    /// <summary>True when the request exceeds <see cref="AllocationProblem.MaxDemand"/> or <see cref="AllocationProblem.MaxCandidates"/>.</summary>
    public bool TooLarge { get; }
}
