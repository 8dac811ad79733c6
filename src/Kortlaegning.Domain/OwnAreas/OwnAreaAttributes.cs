namespace Kortlaegning.Domain.OwnAreas;

/// <summary>
/// The facts of an own area (a housing department, a local community): organisation (boligorganisation), department
/// number, homes, residents with their year, whether it has a department board (afdelingsbestyrelse) and a common room,
/// address, where the facts came from, and whether they are illustrative. Every field but the flag may be unknown.
/// </summary>
public sealed record OwnAreaAttributes(
    string? Organisation = null,
    string? DepartmentNumber = null,
    int? Homes = null,
    int? Residents = null,
    int? ResidentsYear = null,
    bool? Board = null,
    bool? CommonRoom = null,
    string? Address = null,
    string? Source = null,
    bool Illustrative = false)
{
    public static readonly OwnAreaAttributes None = new();
}

/// <summary>The attribute names, as the API spells them (and as a <c>mapping</c> names them), with the file headers each is found under.</summary>
public static class OwnAreaFields
{
    public const string Organisation = "organisation", DepartmentNumber = "departmentNumber", Homes = "homes", Residents = "residents",
        ResidentsYear = "residentsYear", Board = "board", CommonRoom = "commonRoom", Address = "address", Source = "source",
        Illustrative = "illustrative", Municipality = "municipality";

    /// <summary>Attribute → the field names (Danish and English, compared without case, spaces, '_' or '-') it is recognised by.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Synonyms = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
    {
        [Organisation] = ["organisation", "organization", "org", "boligorganisation", "boligselskab", "selskab"],
        [DepartmentNumber] = ["departmentnumber", "afdnr", "afdelingsnummer", "afdelingsnr", "afdno"],
        [Homes] = ["homes", "boliger", "antalboliger", "lejemaal", "lejemål", "lejligheder"],
        [Residents] = ["residents", "beboere", "antalbeboere", "indbyggere"],
        [ResidentsYear] = ["residentsyear", "beboereaar", "beboereår", "aar", "år", "year"],
        [Board] = ["board", "afdelingsbestyrelse", "bestyrelse"],
        [CommonRoom] = ["commonroom", "faelleshus", "fælleshus", "faellesrum", "fællesrum", "beboerhus"],
        [Address] = ["address", "adresse"],
        [Source] = ["source", "kilde"],
        [Illustrative] = ["illustrative", "illustrativ"],
        [Municipality] = ["municipality", "municipalitycode", "kommune", "kommunekode", "komkode", "kommunenr"],
    };

    public static string Normalise(string name) =>
        new string(name.Where(c => c is not (' ' or '_' or '-' or '.')).ToArray()).ToLowerInvariant();
}
