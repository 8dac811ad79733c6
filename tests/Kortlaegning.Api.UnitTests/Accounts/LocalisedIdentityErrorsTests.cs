using System.Globalization;
using Kortlaegning.Api.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Kortlaegning.Api.UnitTests.Accounts;

/// <summary>Issue 17: Identity's password and e-mail messages in the request's language, English as Identity words it.</summary>
public class LocalisedIdentityErrorsTests
{
    private static IReadOnlyList<Func<IdentityErrorDescriber, IdentityError>> Errors =>
    [
        d => d.DefaultError(), d => d.PasswordMismatch(), d => d.PasswordTooShort(12), d => d.PasswordRequiresUniqueChars(4),
        d => d.DuplicateEmail("a@b.dk"), d => d.DuplicateUserName("a@b.dk"), d => d.InvalidEmail("ab"), d => d.InvalidUserName("ab"),
    ];

    [Fact]
    public void IdentityMessagesAreDanishByDefaultAndIdentitysOwnEnglishOnRequest()
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            var ours = new LocalisedIdentityErrors();
            var identity = new IdentityErrorDescriber();
            CultureInfo.CurrentUICulture = new CultureInfo("da");
            Assert.Equal("Adgangskoden skal være på mindst 12 tegn.", ours.PasswordTooShort(12).Description);
            foreach (var e in Errors) Assert.NotEqual(e(identity).Description, e(ours).Description);
            CultureInfo.CurrentUICulture = new CultureInfo("en");
            foreach (var e in Errors)
            {
                Assert.Equal(e(identity).Code, e(ours).Code);
                Assert.Equal(e(identity).Description, e(ours).Description);
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
