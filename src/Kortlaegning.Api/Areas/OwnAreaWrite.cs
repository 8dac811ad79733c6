using Kortlaegning.Api.Infrastructure.Localisation;
using Kortlaegning.Domain.Boundaries;
using Kortlaegning.Domain.OwnAreas;

namespace Kortlaegning.Api.Areas;

/// <summary>How to write own areas: the level, the file's source, whether to roll back (dry run), and for PUT the version If-Match expects.</summary>
public sealed record OwnAreaWriteOptions(
    AreaLevel Level,
    string Source,
    int? SourceYear,
    bool DryRun,
    string MunicipalityField,
    bool ReplaceOne = false,
    int? ExpectedVersion = null,
    string State = Infrastructure.Publication.Draft,
    bool CreateOnly = false);

/// <summary>An area as the store staged it, with what PostGIS found: the stated municipality's share of it, the majority municipality, and any stored row.</summary>
public sealed record OwnAreaStaged(int Row, string Code, string? Stated, double? StatedShare, string? Derived, string? ExistingOwner, int? ExistingVersion, double AreaM2);

/// <summary>One area of the preview or of the write: where it came from, its owner and residents.</summary>
public sealed record OwnAreaPreview(int Row, string Code, string Name, string? Municipality, int? Residents, bool ResidentsEstimated, string? ResidentsNote, bool Point, int? Version);

/// <summary>What an own-area write did or would do; nothing was written when <see cref="Problems"/> is not empty or it was a dry run.</summary>
public sealed record OwnAreaWriteResult(
    IReadOnlyList<RowProblem> Problems,
    IReadOnlyList<OwnAreaPreview> Areas,
    IReadOnlyList<RowProblem> Warnings,
    int Inserted,
    int Updated,
    int ParentLinks,
    int? CurrentVersion = null,
    bool NotFound = false,
    bool Exists = false)
{
    /// <summary>The version after a change of one stored area (its state); null when it was deleted or nothing changed.</summary>
    public int? NewVersion { get; init; }
}

/// <summary>
/// The ownership rules for own areas (DESIGN.md §1), pure: the owner is the stated municipality when the area lies mostly
/// in it (≥ 50 % of its area; a point department must lie in it), else a 422 for that row; without a stated one, the
/// municipality holding most of its area; an area in no municipality is refused.
/// </summary>
public static class OwnAreaOwnership
{
    public const double Majority = 0.5;

    public static Dictionary<int, string> Owners(IEnumerable<OwnAreaStaged> staged, string municipalityField, List<RowProblem> problems)
    {
        var owners = new Dictionary<int, string>();
        foreach (var s in staged)
        {
            if (s.Stated is not null)
            {
                if (s.StatedShare is not { } share)
                {
                    problems.Add(new RowProblem(s.Row, municipalityField, Texts.NoStatedMunicipality.Format(s.Stated)));
                }
                else if (share < Majority)
                {
                    problems.Add(new RowProblem(s.Row, municipalityField,
                        Texts.OutsideStatedMunicipality.Format(s.Stated, share * 100) + (s.Derived is null ? "" : Texts.MostlyIn.Format(s.Derived))));
                }
                else owners[s.Row] = s.Stated;
            }
            else if (s.Derived is null)
            {
                problems.Add(new RowProblem(s.Row, OwnAreaPreparer.GeometryField, Texts.InNoMunicipality.Get()));
            }
            else owners[s.Row] = s.Derived;
        }
        return owners;
    }
}
