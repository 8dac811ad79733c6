using Kortlaegning.Domain.Boundaries;

namespace Kortlaegning.Api.Infrastructure.Localisation;

/// <summary>What many features say: names of area levels and resources, edits that collide (If-Match), request guards.</summary>
public static partial class Texts
{
    // What a level is called in a sentence (the code, e.g. "parish", is what a program sends and stays in lists of choices).
    private static readonly Dictionary<AreaLevel, Text> LevelNames = new()
    {
        [AreaLevel.Country] = T("level.country", "land", "country"),
        [AreaLevel.Region] = T("level.region", "region", "region"),
        [AreaLevel.Municipality] = T("level.municipality", "kommune", "municipality"),
        [AreaLevel.Parish] = T("level.parish", "sogn", "parish"),
        [AreaLevel.Postcode] = T("level.postcode", "postnummer", "postcode"),
        [AreaLevel.HousingDepartment] = T("level.housing_department", "boligafdeling", "housing department"),
        [AreaLevel.LocalCommunity] = T("level.local_community", "lokalområde", "local community"),
        [AreaLevel.Custom] = T("level.custom", "eget område", "custom area"),
    };

    /// <summary>Every level's name, for the table test.</summary>
    public static readonly Text[] LevelNameTexts = [.. LevelNames.Values];

    /// <summary>The level as a person calls it, in the request's language ("sogn" / "parish").</summary>
    public static string LevelName(AreaLevel level) => LevelNames[level].Get();

    /// <summary>The level named by its code (<c>parish</c>), or the code itself when it is not a level.</summary>
    public static string LevelName(string code) => AreaLevels.TryParse(code, out var level) ? LevelName(level) : code;

    // Resources edited with If-Match and found by id: the title says "the X", the detail "X 17".
    private sealed record Resource(Text Changed, Text Name);

    private static readonly Dictionary<string, Resource> Resources = new(StringComparer.Ordinal)
    {
        ["area"] = new(T("changed.area", "Området er ændret", "The area has changed"), T("resource.area", "Område", "Area")),
        ["facility"] = new(T("changed.facility", "Faciliteten er ændret", "The facility has changed"), T("resource.facility", "Facilitet", "Facility")),
        ["planning scenario"] = new(T("changed.planning_scenario", "Planlægningsscenariet er ændret", "The planning scenario has changed"), T("resource.planning_scenario", "Planlægningsscenarie", "Planning scenario")),
        ["project"] = new(T("changed.project", "Projektet er ændret", "The project has changed"), T("resource.project", "Projekt", "Project")),
        ["activity"] = new(T("changed.activity", "Aktiviteten er ændret", "The activity has changed"), T("resource.activity", "Aktivitet", "Activity")),
        ["target"] = new(T("changed.target", "Målet er ændret", "The target has changed"), T("resource.target", "Mål", "Target")),
        ["registration"] = new(T("changed.registration", "Registreringen er ændret", "The registration has changed"), T("resource.registration", "Registrering", "Registration")),
    };

    /// <summary>Every resource text, for the table test.</summary>
    public static readonly Text[] ResourceTexts = [.. Resources.Values.SelectMany(r => new[] { r.Changed, r.Name })];

    /// <summary>"The facility has changed" for a resource named in lower case ("facility").</summary>
    public static string ResourceChanged(string resource) =>
        Resources.TryGetValue(resource, out var r) ? r.Changed.Get() : ResourceChangedOther.Format(resource);

    /// <summary>"Facility" for "facility": the noun that starts a sentence.</summary>
    public static string ResourceName(string resource) =>
        Resources.TryGetValue(resource, out var r) ? r.Name.Get() : string.Concat(char.ToUpperInvariant(resource[0]).ToString(), resource[1..]);

    private static readonly Text ResourceChangedOther = T("changed.other", "{0} er ændret", "The {0} has changed");
    public static readonly Text NoResource = T("notfound.resource", "{0} {1} findes ikke.", "{0} {1} does not exist.");
    public static readonly Text StaleVersion = T("precondition.stale", "{0} {1} er nu i version {2}: en anden har ændret den i mellemtiden. Hent den igen (GET), gentag din ændring, og send det nye ETag.", "{0} {1} is now at version {2}: someone else edited it. GET it again, re-apply your change and send the new ETag.");
    public static readonly Text IfMatchRequired = T("precondition.if_match_required", "Send ETag'et fra GET {0} i If-Match (eller * for at overskrive, hvad der ligger), så en gammel udgave ikke overskriver en andens ændring.", "Send the ETag from GET {0} in If-Match (or * to overwrite whatever is there), so a stale edit cannot overwrite someone else's.");
    public static readonly Text NotAnETag = T("precondition.not_an_etag", "If-Match {0} er ikke et ETag fra denne tjeneste (\"v<version>\").", "If-Match {0} is not an ETag of this service (\"v<version>\").");

    // Request guards and shared parameters.
    public static readonly Text ParameterNameControl = T("guard.parameter_name_control", "Parameterens navn indeholder kontroltegn.", "The parameter name contains control characters.");
    public static readonly Text StateRule = T("field.state_rule", "'state' skal være '{0}' eller '{1}'.", "'state' must be '{0}' or '{1}'.");
    public static readonly Text NoMunicipality = T("notfound.municipality", "Kommune {0} findes ikke.", "No municipality {0}.");
    public static readonly Text NoAreaWithCode = T("notfound.area_code", "Koden {1} findes ikke på niveauet {0}.", "No {0} with code {1}.");
    public static readonly Text UploadTooLarge = T("upload.too_large", "Filer må højst fylde {0} MB. Del filen op, eller forenkl dens omrids.", "Uploads are limited to {0} MB. Split the file, or simplify its outlines.");
    public static readonly Text DelimiterRule = T("field.delimiter_rule", "Brug komma eller semikolon.", "Use comma or semicolon.");
    public static readonly Text KommunekodeRule = T("field.kommunekode_rule", "En firecifret kommunekode, fx 0561.", "A four-digit kommunekode, e.g. 0561.");
    public static readonly Text FileEmpty = T("upload.file_empty", "Filen er tom.", "The file is empty.");
    public static readonly Text NotValidJson = T("upload.not_valid_json", "Ikke gyldig JSON: {0}", "Not valid JSON: {0}");
    public static readonly Text NameRequired = T("field.name_required", "Et navn skal angives.", "A name is required.");
    public static readonly Text LengthRange = T("field.length_range", "1–{0} tegn.", "1–{0} characters.");
    public static readonly Text OneOfList = T("field.one_of_list", "En af: {0}.", "One of: {0}.");
    public static readonly Text RequiredOneOf = T("field.required_one_of", "Skal udfyldes: en af {0}.", "Required: one of {0}.");
    public static readonly Text RequiredOneOfField = T("field.required_one_of_field", "'{0}' skal udfyldes; en af: {1}.", "'{0}' is required; one of: {1}.");
    public static readonly Text TooManyPoints = T("field.too_many_points", "For mange: {0} punkter, højst {1}.", "Too large: {0} points, at most {1}.");
    public static readonly Text EndBeforeStart = T("field.end_before_start", "'end' ligger før 'start'.", "'end' is before 'start'.");
}
