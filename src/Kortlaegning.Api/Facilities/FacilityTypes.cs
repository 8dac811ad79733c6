using System.Text.Json;
using Kortlaegning.Api.Infrastructure.Localisation;

namespace Kortlaegning.Api.Facilities;

/// <summary>One entry of the facility taxonomy: code, names, default setting, a map icon hint and allowed geometry.</summary>
public sealed record FacilityType(string Code, string NameDa, string NameEn, string Setting, string Icon, string Geometry)
{
    public bool AllowsPolygon => Geometry == "point_or_polygon";
}

/// <summary>The taxonomy of <c>data/facility_types.json</c> (copied beside the assembly at build), read once.</summary>
public sealed class FacilityTypes
{
    private sealed record File(IReadOnlyList<FacilityType> Types);

    public IReadOnlyList<FacilityType> All { get; }

    private readonly Dictionary<string, FacilityType> _byCode;

    public FacilityTypes(IReadOnlyList<FacilityType> all)
    {
        All = all;
        _byCode = all.ToDictionary(t => t.Code, StringComparer.Ordinal);
    }

    public static FacilityTypes Load(string? path = null)
    {
        path ??= Path.Combine(AppContext.BaseDirectory, "data", "facility_types.json");
        using var stream = System.IO.File.OpenRead(path);
        var file = JsonSerializer.Deserialize<File>(stream, JsonSerializerOptions.Web) ?? throw new InvalidDataException($"{path} is empty.");
        return new FacilityTypes(file.Types);
    }

    public FacilityType? Find(string? code) => code is not null && _byCode.TryGetValue(code, out var t) ? t : null;

    public string Codes => string.Join(", ", All.Select(t => t.Code));

    /// <summary>What a person reads for a type: its name in the request's language.</summary>
    public static string Label(FacilityType type) => Language.IsEnglish ? type.NameEn : type.NameDa;

    /// <summary>The type named by its code, or the code itself when it is not a type.</summary>
    public string Label(string code) => Find(code) is { } t ? Label(t) : code;

    /// <summary>The codes to send, each with its name: "pharmacy (Apotek), library (Bibliotek), …".</summary>
    public string Choices => string.Join(", ", All.Select(t => $"{t.Code} ({Label(t)})"));
}
