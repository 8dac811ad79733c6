using System.Text.RegularExpressions;
using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Api.Infrastructure.Localisation;
using Kortlaegning.Api.Infrastructure.Validation;
using Kortlaegning.Domain.Boundaries;
using Kortlaegning.Domain.Indicators;

namespace Kortlaegning.Api.Indicators;

/// <summary>
/// The body of POST/PUT /api/indicators: the shape GET /api/indicators returns, plus the owning municipality. A new
/// definition is a draft unless <c>state</c> is <c>published</c>; PUT keeps the state (PUT …/state changes it).
/// </summary>
public sealed record OwnIndicatorBody(
    string? Code, OwnIndicatorName? Name, string? Unit, string? Polarity, bool? CountBased, int? Decimals, string? Definition,
    OwnIndicatorSource? Source, bool? Illustrative, string? Municipality, string? State = null);

public sealed record OwnIndicatorName(string? Da, string? En);

public sealed record OwnIndicatorSource(string? Name, string? Licence);

/// <summary>
/// Checks an own indicator definition (docs/indicators.md) and turns it into an <see cref="Indicator"/>: a code with a
/// namespace of the municipality's choosing but none of the reserved ones, known unit and polarity, count-based only
/// for counts and rates. Pure; whether the code is taken and who may write it is the store's business.
/// </summary>
public static partial class OwnIndicatorRules
{
    /// <summary>Namespaces of national and computed indicators: an own definition may not use them.</summary>
    public static readonly IReadOnlyList<string> ReservedNamespaces = ["sp.", "dst.", "grid.", "access.", "app.", "workshop."];

    private static readonly string[] Polarities = ["low_is_good", "high_is_good", "no_judgement"];

    [GeneratedRegex(@"^[a-z0-9_-]+(\.[a-z0-9_-]+)+$")]
    private static partial Regex NamespacedCode();

    /// <summary>The source id an own indicator's definition and values carry: who defined it, never a national dataset.</summary>
    public static string SourceId(string municipality) => $"municipality:{municipality}";

    public static bool IsReserved(string code) => ReservedNamespaces.Any(ns => code.StartsWith(ns, StringComparison.Ordinal));

    /// <summary>The definition, or null with every problem in <paramref name="errors"/>.</summary>
    public static Indicator? Validate(OwnIndicatorBody body, FieldErrors errors)
    {
        var code = body.Code?.Trim() ?? "";
        if (code.Length == 0) errors.Add("code", Texts.CodeRequiredExample.Get());
        else if (code.Length > 80 || !NamespacedCode().IsMatch(code))
        {
            errors.Add("code", Texts.NotNamespacedCode.Format(code));
        }
        else if (IsReserved(code))
        {
            errors.Add("code", Texts.ReservedNamespace.Format(string.Join(", ", ReservedNamespaces)));
        }
        errors.Text("name.da", body.Name?.Da, 200, required: true);
        errors.Text("name.en", body.Name?.En, 200);
        var unit = body.Unit?.Trim() ?? "";
        if (!Units.IsKnown(unit)) errors.Add("unit", Texts.NotOneOf.Format(body.Unit, string.Join(", ", Units.All)));
        var polarity = body.Polarity?.Trim() ?? "";
        if (!Polarities.Contains(polarity)) errors.Add("polarity", Texts.NotOneOf.Format(body.Polarity, string.Join(", ", Polarities)));
        bool countBased = body.CountBased ?? false;
        if (countBased && Units.IsKnown(unit) && unit != "count" && Units.RateMultiplier(unit) is null)
        {
            errors.Add("countBased", Texts.CountBasedUnits.Format(string.Join(", ", Units.All.Where(u => u == "count" || Units.RateMultiplier(u) is not null))));
        }
        errors.Range("decimals", body.Decimals, 0, 6);
        errors.Text("definition", body.Definition, 4000, required: true);
        errors.Text("source.name", body.Source?.Name, 200, required: true);
        errors.Text("source.licence", body.Source?.Licence, 200);
        var municipality = AreaCodes.Normalise(AreaLevel.Municipality, body.Municipality);
        if (municipality is null) errors.Add("municipality", Texts.OwnerRequired.Get());
        var state = body.State is null ? Publication.Draft : Publication.Read(new StateBody(body.State), errors);
        if (errors.Any) return null;
        return new Indicator
        {
            Code = code,
            NameDa = body.Name!.Da!.Trim(),
            NameEn = string.IsNullOrWhiteSpace(body.Name.En) ? body.Name.Da!.Trim() : body.Name.En.Trim(),
            Unit = unit,
            Polarity = polarity,
            Decimals = body.Decimals ?? (unit == "count" ? 0 : 1),
            Definition = body.Definition!.Trim(),
            Source = SourceId(municipality!),
            CountBased = countBased,
            Illustrative = body.Illustrative ?? false,
            OwnerMunicipality = municipality,
            SourceName = body.Source!.Name!.Trim(),
            SourceLicence = string.IsNullOrWhiteSpace(body.Source.Licence) ? null : body.Source.Licence.Trim(),
            State = state!,
        };
    }
}
