using System.Globalization;

namespace Kortlaegning.Api.UnitTests.Localisation;

/// <summary>Runs code as a request in <c>culture</c> would (the texts read <see cref="CultureInfo.CurrentUICulture"/>).</summary>
internal static class InLanguage
{
    public static T Run<T>(string culture, Func<T> f)
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo(culture);
            return f();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
