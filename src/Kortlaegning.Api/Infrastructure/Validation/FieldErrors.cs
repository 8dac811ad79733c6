using Kortlaegning.Api.Infrastructure.Localisation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kortlaegning.Api.Infrastructure.Validation;

/// <summary>
/// The one collector of validation problems: field → messages, answered as RFC 9457 ProblemDetails with
/// <c>errors: {field: [messages]}</c> (the shape of ASP.NET Core's <c>HttpValidationProblemDetails</c>) for every
/// 400 and 422 of the service. Fields are named as the client sent them (<c>weights.sp.smoking</c>,
/// <c>candidates[3].lon</c>); rows of an uploaded file as <c>rows[line].field</c>, with the file's line number for CSV
/// and the 1-based feature number for GeoJSON.
/// </summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public int Count => _errors.Count;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list)) _errors[field] = list = [];
        if (!list.Contains(message)) list.Add(message);
    }

    /// <summary>A problem in one row of an uploaded file (see the class summary for what <paramref name="line"/> counts).</summary>
    public void AddRow(int line, string field, string message) => Add(RowField(line, field), message);

    public static string RowField(int line, string field) => $"rows[{line}].{field}";

    /// <summary>Copies every problem of <paramref name="other"/>, with <paramref name="prefix"/> before its field names.</summary>
    public void AddAll(FieldErrors other, string prefix = "")
    {
        foreach (var (field, messages) in other._errors)
        {
            foreach (var m in messages) Add(Prefixed(prefix, field), m);
        }
    }

    public static string Prefixed(string prefix, string field) =>
        prefix.Length == 0 ? field : field.Length == 0 ? prefix : field.StartsWith('[') ? prefix + field : $"{prefix}.{field}";

    /// <summary>
    /// Free text: required or not, at most <paramref name="max"/> characters, no control characters other than line
    /// breaks and tabs (a NUL would be refused by PostgreSQL with a 500 if it got that far).
    /// </summary>
    public void Text(string field, string? value, int max, bool required = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) Add(field, Texts.Required.Format(field));
            return;
        }
        if (value.Length > max) Add(field, Texts.TooLong.Format(field, max));
        if (HasControlCharacters(value)) Add(field, Texts.ControlCharacters.Format(field));
    }

    public static bool HasControlCharacters(string value) => value.Any(ch => char.IsControl(ch) && ch is not ('\n' or '\r' or '\t'));

    /// <summary>A number within [min, max]; NaN and infinities are refused too.</summary>
    public void Range(string field, double? value, double min, double max, bool required = false)
    {
        if (value is not { } v)
        {
            if (required) Add(field, Texts.Required.Format(field));
            return;
        }
        if (!double.IsFinite(v) || v < min || v > max) Add(field, Texts.Between.Format(field, min, max));
    }

    /// <summary>A whole number within [min, max].</summary>
    public void Range(string field, int? value, int min, int max, bool required = false)
    {
        if (value is not { } v)
        {
            if (required) Add(field, Texts.Required.Format(field));
            return;
        }
        if (v < min || v > max) Add(field, Texts.Between.Format(field, min, max));
    }

    /// <summary>Parses an enum by its JSON name (see <see cref="EnumNames"/>); null text gives <paramref name="fallback"/>.</summary>
    public T? Enum<T>(string field, string? text, T? fallback = null) where T : struct, System.Enum
    {
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        if (EnumNames.TryParse<T>(text, out var value)) return value;
        Add(field, Texts.NotOneOf.Format(text, EnumNames.List<T>()));
        return fallback;
    }

    public IReadOnlyDictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);

    /// <summary>
    /// The answer: 400 for a request that does not make sense, 422 for a well-formed one whose content is refused (an
    /// import row, a value out of range of the data). The detail repeats the first few messages, for clients that show
    /// only <c>detail</c>.
    /// </summary>
    public ProblemHttpResult ToProblem(string title, int status = StatusCodes.Status400BadRequest, IDictionary<string, object?>? extensions = null) =>
        Problems.Validation(ToDictionary(), title, status, extensions);
}
