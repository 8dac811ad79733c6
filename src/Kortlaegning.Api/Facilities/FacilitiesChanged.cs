namespace Kortlaegning.Api.Facilities;

/// <summary>
/// Facilities of <paramref name="Types"/> were created, edited (the old and the new type), deleted or imported, and the
/// change is committed. Published by <see cref="FacilityStore"/> through <see cref="FacilityChanges"/>; features that
/// derive data from facilities (access indicators) handle it, so Facilities knows nothing about them.
/// </summary>
public sealed record FacilitiesChanged(IReadOnlyList<string> Types);

/// <summary>Something kept in step with the facilities; registered in DI by the feature that owns it.</summary>
public interface IFacilityChangeHandler
{
    Task HandleAsync(FacilitiesChanged change, CancellationToken ct);
}
