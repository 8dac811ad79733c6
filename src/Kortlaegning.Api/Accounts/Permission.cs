namespace Kortlaegning.Api.Accounts;

/// <summary>
/// What a caller wants to do, asked of <see cref="Authorisation.Can"/> together with the owner of the data. The role
/// each needs and whether the owner matters is decided there, in one place.
/// </summary>
public enum Permission
{
    /// <summary>Read published data (only asked when anonymous reading is off): viewer, any scope.</summary>
    Read,

    /// <summary>See drafts and raw (unsuppressed) counts of the owner's data: planner of the owner.</summary>
    ReadDrafts,

    /// <summary>Upload values and files into the owner's data (indicator values, facility imports): analyst of the owner.</summary>
    Import,

    /// <summary>Create, change, publish or delete the owner's data (facilities, departments, scenarios, presets, own indicators): planner of the owner.</summary>
    Edit,

    /// <summary>Create and run a workshop of the owner: facilitator of the owner.</summary>
    Facilitate,

    /// <summary>Change national reference data (load-reference, official areas and indicators): national admin only.</summary>
    EditReference,

    /// <summary>Manage accounts and grants for the owner (null owner = national grants): admin of the owner.</summary>
    ManageUsers,

    /// <summary>Read the audit trail of the owner's data (null = all of it): admin of the owner.</summary>
    ReadAudit,
}
