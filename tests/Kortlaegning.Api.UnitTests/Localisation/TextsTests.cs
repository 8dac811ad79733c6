using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Api.Infrastructure.Localisation;
using Kortlaegning.Api.Infrastructure.Validation;

namespace Kortlaegning.Api.UnitTests.Localisation;

/// <summary>
/// Issue 17: every text of the service in Danish and English. The table is enumerated by reflection, so a text added
/// with an empty side, a duplicate key or a placeholder only one language uses fails here; a problem title written
/// anywhere in the API that the table does not know fails the source scan.
/// </summary>
public partial class TextsTests
{
    internal static IReadOnlyList<(string Member, Text Text)> All() =>
        [.. typeof(Texts).GetFields(BindingFlags.Public | BindingFlags.Static).SelectMany(f => f.GetValue(null) switch
        {
            Text t => [(f.Name, t)],
            Text[] ts => ts.Select((t, i) => ($"{f.Name}[{i}]", t)),
            _ => [],
        })];

    [Fact]
    public void EveryKeyHasDanishAndEnglish()
    {
        var all = All();
        Assert.True(all.Count > 150, $"only {all.Count} texts found; is the reflection still reading the table?");
        var missing = all.Where(x => string.IsNullOrWhiteSpace(x.Text.Key) || string.IsNullOrWhiteSpace(x.Text.Da) || string.IsNullOrWhiteSpace(x.Text.En))
            .Select(x => x.Text.Key + " (" + x.Member + ")").ToList();
        Assert.True(missing.Count == 0, "texts without Danish or English: " + string.Join(", ", missing));
    }

    [Fact]
    public void KeysAreUniqueAndDanishAndEnglishTakeTheSameArguments()
    {
        var all = All();
        var duplicates = all.GroupBy(x => x.Text.Key).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(duplicates.Count == 0, "duplicate keys: " + string.Join(", ", duplicates));
        var mismatched = all.Where(x => !Text.Placeholders(x.Text.Da).SetEquals(Text.Placeholders(x.Text.En))).Select(x => x.Text.Key).ToList();
        Assert.True(mismatched.Count == 0, "placeholders differ between Danish and English: " + string.Join(", ", mismatched));
        // The problem texts are looked up by their English text: two with the same English would be ambiguous.
        var ambiguous = Texts.Problems.GroupBy(t => t.En, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(ambiguous.Count == 0, "problem texts with the same English: " + string.Join(", ", ambiguous));
    }

    [Fact]
    public void TheCheckFindsATextWithoutDanish()
    {
        // The tests above must be able to fail: the same checks on a deliberately broken text.
        var broken = new Text("x.broken", "", "Broken {0}");
        Assert.True(string.IsNullOrWhiteSpace(broken.Da));
        Assert.False(Text.Placeholders("Ødelagt").SetEquals(Text.Placeholders(broken.En)));
    }

    [Fact]
    public void FieldMessagesAreKeysWithArgumentsInTheRequestLanguage()
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("da");
            var da = new FieldErrors();
            da.Range("radiusMetres", 0.5, 1, 2.5);
            Assert.Equal(["'radiusMetres' skal være mellem 1 og 2,5."], da.ToDictionary()["radiusMetres"]);
            var problem = (Microsoft.AspNetCore.Http.HttpValidationProblemDetails)da.ToProblem("Invalid facility", 422).ProblemDetails;
            Assert.Equal("Ugyldig facilitet", problem.Title);

            CultureInfo.CurrentUICulture = new CultureInfo("en-GB");
            var en = new FieldErrors();
            en.Range("radiusMetres", 0.5, 1, 2.5);
            Assert.Equal(["'radiusMetres' must be between 1 and 2.5."], en.ToDictionary()["radiusMetres"]);
            Assert.Equal("Invalid facility", en.ToProblem("Invalid facility", 422).ProblemDetails.Title);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    // A title literal where the API makes problems: ToProblem("…"), Problems.Status(…, "…"), title: "…", Title = "…".
    [GeneratedRegex(@"ToProblem\(\s*""(?<t>[^""]+)""|Problems\.Status\([^,""]+,\s*""(?<t>[^""]+)""|\btitle:\s*""(?<t>[^""]+)""|\bTitle\s*=\s*(?:[^;""]*\?\s*)?""(?<t>[^""]+)""(?:\s*:\s*""(?<u>[^""]+)"")?|WriteAsync\(http,\s*[^,]+,\s*""(?<t>[^""]+)""")]
    private static partial Regex TitleLiteral();

    [Fact]
    public void EveryProblemTitleInTheApiHasDanishAndEnglish()
    {
        var known = Texts.Problems.Select(t => t.En).ToHashSet(StringComparer.Ordinal);
        var api = Path.Combine(Repository.Root, "src", "Kortlaegning.Api");
        var found = Directory.EnumerateFiles(api, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}"))
            .SelectMany(f => TitleLiteral().Matches(File.ReadAllText(f)).SelectMany(m => new[] { m.Groups["t"], m.Groups["u"] }).Where(g => g.Success).Select(g => (File: Path.GetFileName(f), Title: g.Value)))
            .ToList();
        Assert.True(found.Count > 80, $"only {found.Count} titles found; is the scan still reading the API?");
        var untranslated = found.Where(x => !known.Contains(x.Title)).Select(x => $"{x.File}: \"{x.Title}\"").Distinct().ToList();
        Assert.True(untranslated.Count == 0, "problem titles not in Texts.Problems: " + string.Join("; ", untranslated));
    }
}
