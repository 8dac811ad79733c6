using Kortlaegning.Api.Infrastructure.Localisation;
using Microsoft.AspNetCore.Identity;

namespace Kortlaegning.Api.Accounts;

/// <summary>
/// ASP.NET Core Identity's messages (password rules, taken or bad e-mail) in the request's language: Identity asks its
/// error describer while the request runs, so Danish comes from the keyed texts and English is Identity's own wording.
/// Codes stay Identity's, as <see cref="UserAdministration"/> reads them. The user name is the e-mail address here.
/// </summary>
public sealed class LocalisedIdentityErrors : IdentityErrorDescriber
{
    private static IdentityError Danish(IdentityError english, string danish) =>
        Language.IsEnglish ? english : new IdentityError { Code = english.Code, Description = danish };

    public override IdentityError DefaultError() => Danish(base.DefaultError(), Texts.IdentityDefault.Get());

    public override IdentityError PasswordMismatch() => Danish(base.PasswordMismatch(), Texts.IdentityPasswordMismatch.Get());

    public override IdentityError PasswordTooShort(int length) => Danish(base.PasswordTooShort(length), Texts.IdentityPasswordTooShort.Format(length));

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Danish(base.PasswordRequiresUniqueChars(uniqueChars), Texts.IdentityUniqueChars.Format(uniqueChars));

    public override IdentityError DuplicateEmail(string email) => Danish(base.DuplicateEmail(email), Texts.IdentityDuplicateEmail.Format(email));

    public override IdentityError DuplicateUserName(string userName) => Danish(base.DuplicateUserName(userName), Texts.IdentityDuplicateEmail.Format(userName));

    public override IdentityError InvalidEmail(string? email) => Danish(base.InvalidEmail(email), Texts.IdentityInvalidEmail.Format(email));

    public override IdentityError InvalidUserName(string? userName) => Danish(base.InvalidUserName(userName), Texts.IdentityInvalidEmail.Format(userName));
}
