namespace Kortlaegning.Api.Infrastructure.Localisation;

/// <summary>Accounts, grants and the audit log.</summary>
public static partial class Texts
{
    public static readonly Text NeedsNationalAdmin = T("account.needs_national_admin", "Dette kræver en national administrator (politik 'admin').", "This needs a national admin (policy 'admin').");
    public static readonly Text GiveEmail = T("account.give_email", "Angiv en e-mailadresse.", "Give an email address.");
    public static readonly Text PasswordNotEmail = T("account.password_not_email", "Adgangskoden må ikke være e-mailadressen.", "The password must not be the email address.");
    public static readonly Text RoleRule = T("account.role_rule", "Rollen skal være en af {0}.", "Role must be one of {0}.");
    public static readonly Text GrantMunicipalityRule = T("account.grant_municipality_rule", "En kommune angives med sin firecifrede kommunekode (0727), eller udelades for en national rettighed.", "A municipality is its four-digit kommunekode (0727), or omitted for a national grant.");
    public static readonly Text GiveCurrentPassword = T("account.give_current_password", "Angiv den nuværende adgangskode.", "Give the current password.");
    public static readonly Text GiveNewPassword = T("account.give_new_password", "Angiv en ny adgangskode.", "Give a new password.");
    public static readonly Text NoSuchToken = T("account.no_such_token", "Du har ingen aktiv adgangsnøgle med dette id.", "No such active token of yours.");
    // ASP.NET Core Identity's messages (Accounts/LocalisedIdentityErrors answers English with Identity's own wording).
    public static readonly Text IdentityDefault = T("identity.default", "Der opstod en ukendt fejl.", "An unknown failure has occurred.");
    public static readonly Text IdentityPasswordMismatch = T("identity.password_mismatch", "Forkert adgangskode.", "Incorrect password.");
    public static readonly Text IdentityPasswordTooShort = T("identity.password_too_short", "Adgangskoden skal være på mindst {0} tegn.", "Passwords must be at least {0} characters.");
    public static readonly Text IdentityUniqueChars = T("identity.unique_chars", "Adgangskoden skal indeholde mindst {0} forskellige tegn.", "Passwords must use at least {0} different characters.");
    public static readonly Text IdentityDuplicateEmail = T("identity.duplicate_email", "E-mailadressen '{0}' er allerede i brug.", "Email '{0}' is already taken.");
    public static readonly Text IdentityInvalidEmail = T("identity.invalid_email", "'{0}' er ikke en gyldig e-mailadresse.", "Email '{0}' is invalid.");
    public static readonly Text JsonOrCsv = T("audit.json_or_csv", "json eller csv.", "json or csv.");
    public static readonly Text AfterFrom = T("audit.after_from", "Skal ligge efter 'from'.", "Must be after 'from'.");
}
