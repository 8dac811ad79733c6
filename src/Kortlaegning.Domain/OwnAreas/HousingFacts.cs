using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Kortlaegning.Domain.Indicators;

namespace Kortlaegning.Domain.OwnAreas;

/// <summary>
/// One curated fact from an application (data/facts/housing_facts.csv): a subject (a housing organisation, a department,
/// a group of departments), what was counted, the value as quoted ("108 / 155"), its unit and seed file, and where the
/// application gives one, the national social-housing figure it is compared with (DOMI: 31.3 % aged 65+ against 20.6 %).
/// </summary>
public sealed record HousingFact(
    string Municipality, string Subject, string Fact, string Value, string Unit, string Source,
    double? Reference = null, string? ReferenceSubject = null);

/// <summary>A department as the facts are matched against it: its name, organisation and department number.</summary>
public sealed record DepartmentKey(string Code, string Name, string? Organisation, string? DepartmentNumber);

/// <summary>Where a fact is shown: on the department it names, on every department of its organisation, or on the municipality.</summary>
public enum FactScope
{
    Department,
    Organisation,
    Municipality,
}

/// <summary>A fact as a profile shows it: withheld (value null) when it would publish a small count of people.</summary>
public sealed record PlacedFact(HousingFact Fact, FactScope Scope, string? Value, bool Withheld, string? ComparedWithReference);

/// <summary>
/// Which curated facts a profile shows. A fact about one department ("DOMI Bolig afd. 7") belongs to the municipality's
/// profile until a department of that name exists there, and then to that department's profile only, so the same
/// number is never told twice. A fact about an organisation ("DOMI Bolig", "DOMI Bolig (5 departments)") stays on the
/// municipality and is also context on each of its departments. Names are compared by letters and digits only, with
/// "afdeling" read as "afd", so "DOMI Bolig afd. 7", "Domi bolig, afd 7" and organisation "DOMI Bolig" + number "7" meet.
/// </summary>
public static partial class HousingFactPlacement
{
    /// <summary>The facts of a municipality's profile: its own facts not about a department that now exists.</summary>
    public static IReadOnlyList<PlacedFact> ForMunicipality(IEnumerable<HousingFact> facts, string municipality, IReadOnlyList<DepartmentKey> departments, int threshold)
    {
        var names = departments.SelectMany(Keys).ToHashSet(StringComparer.Ordinal);
        return facts.Where(f => f.Municipality == municipality && !names.Contains(Key(f.Subject)))
            .Select(f => Place(f, FactScope.Municipality, threshold)).ToList();
    }

    /// <summary>The facts of a department's profile: the ones naming it, then its organisation's.</summary>
    public static IReadOnlyList<PlacedFact> ForDepartment(IEnumerable<HousingFact> facts, string? municipality, DepartmentKey department, int threshold)
    {
        var own = Keys(department).ToHashSet(StringComparer.Ordinal);
        var organisation = department.Organisation is { Length: > 0 } o ? Key(o) : null;
        var placed = new List<PlacedFact>();
        foreach (var f in facts.Where(f => f.Municipality == municipality))
        {
            if (own.Contains(Key(f.Subject))) placed.Add(Place(f, FactScope.Department, threshold));
            else if (organisation is not null && Key(OrganisationPart(f.Subject)) == organisation) placed.Add(Place(f, FactScope.Organisation, threshold));
        }
        return placed.OrderBy(p => p.Scope).ToList();
    }

    /// <summary>The names a department is known by in the applications.</summary>
    public static IEnumerable<string> Keys(DepartmentKey d)
    {
        yield return Key(d.Name);
        if (d.Organisation is { Length: > 0 } o && d.DepartmentNumber is { Length: > 0 } n) yield return Key($"{o} afd. {n}");
    }

    /// <summary>Lower-case letters and digits only, "afdeling" as "afd".</summary>
    public static string Key(string name)
    {
        var s = AfdelingWord().Replace(name.ToLower(CultureInfo.InvariantCulture), "afd");
        var sb = new StringBuilder(s.Length);
        foreach (var c in s.Where(char.IsLetterOrDigit)) sb.Append(c);
        return sb.ToString();
    }

    /// <summary>"DOMI Bolig (5 departments)" → "DOMI Bolig": a parenthesis qualifies the organisation, it does not name a department.</summary>
    private static string OrganisationPart(string subject) => subject.Split('(')[0];

    /// <summary>
    /// Disclosure: a count fact is people counted; any number in it below the threshold (1 … threshold−1) withholds the
    /// whole fact (a "108 / 3" would tell the 3). Primary suppression only: the facts are single quoted figures, not a
    /// table with published totals, so there is nothing to subtract them from.
    /// </summary>
    private static PlacedFact Place(HousingFact f, FactScope scope, int threshold)
    {
        bool withheld = false;
        if (f.Unit == "count")
        {
            var cells = Numbers().Matches(f.Value).Select((m, i) => new DisclosureCell(i.ToString(CultureInfo.InvariantCulture),
                long.Parse(m.Value, NumberStyles.Integer, CultureInfo.InvariantCulture), [])).ToList();
            withheld = cells.Count > 0 && DisclosureControl.Apply(cells, new DisclosureOptions { Threshold = threshold }).Cells.Values.Any(c => !c.Published);
        }
        string? compared = null;
        if (!withheld && f.Reference is { } reference && double.TryParse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            compared = value > reference ? "higher" : value < reference ? "lower" : "similar";
        }
        return new PlacedFact(f, scope, withheld ? null : f.Value, withheld, compared);
    }

    [GeneratedRegex(@"afdeling(?:er)?", RegexOptions.CultureInvariant)]
    private static partial Regex AfdelingWord();

    [GeneratedRegex(@"\d+", RegexOptions.CultureInvariant)]
    private static partial Regex Numbers();
}
