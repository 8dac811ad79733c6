using System.Text.RegularExpressions;
using Kortlaegning.Api.Infrastructure.Localisation;

namespace Kortlaegning.Api.UnitTests.Localisation;

/// <summary>
/// Reads C# source for the places the API hands a person a problem text — field messages, details, titles — and
/// reports those given as an interpolated string, as a literal the translation table does not know, or as an
/// exception's (or a Domain validation error's) <c>.Message</c> passed on as it is: each of those reaches the person in English whatever language they
/// asked for. A message from a keyed text (<c>Texts.X.Format(…)</c>) is fine; so is anything inside the parentheses of
/// a call, which is where a keyed text's arguments are.
/// </summary>
internal static partial class MessageScan
{
    public sealed record Offender(int Line, string Call, string Message);

    /// <summary>A call that carries a person's text, and which of its arguments (0-based) are that text.</summary>
    private sealed record Shape(Regex Start, int[] Arguments, int? ArgumentCount = null);

    // The receivers of FieldErrors in the code base (errors, tooLarge …): their Add(field, message) and AddRow(line, field, message).
    private static readonly Shape[] Shapes =
    [
        new(FieldAdd(), [1], 2),
        new(FieldAddRow(), [2], 3),
        new(ProblemsBadParameter(), [1]),
        new(ProblemsNotFound(), [0]),
        new(ProblemsStatus(), [1, 2]),
        new(ProblemsValidation(), [0, 1]),
        new(ToProblem(), [0]),
        new(RowProblemNew(), [2], 3),
        new(WriteProblem(), [2, 3]),
        new(ThrownToProblem(), [0]),
        new(WorkshopInvalid(), [1, 2]),
        new(PlanRejected(), [1], 2),
    ];

    // WorkshopValidation.Invalid(field, message, title) and PlanningEndpoints.Rejected(plan, title).
    [GeneratedRegex(@"\bWorkshopValidation\.Invalid\(")]
    private static partial Regex WorkshopInvalid();

    [GeneratedRegex(@"\bRejected\(")]
    private static partial Regex PlanRejected();

    [GeneratedRegex(@"\b\w*(?:[Ee]rrors|tooLarge)\.Add\(")]
    private static partial Regex FieldAdd();

    [GeneratedRegex(@"\b\w*[Ee]rrors\.AddRow\(")]
    private static partial Regex FieldAddRow();

    [GeneratedRegex(@"\bProblems\.BadParameter\(")]
    private static partial Regex ProblemsBadParameter();

    [GeneratedRegex(@"\bProblems\.NotFound\(")]
    private static partial Regex ProblemsNotFound();

    [GeneratedRegex(@"\bProblems\.Status\(")]
    private static partial Regex ProblemsStatus();

    [GeneratedRegex(@"\bProblems\.Validation\(")]
    private static partial Regex ProblemsValidation();

    [GeneratedRegex(@"\.ToProblem\(")]
    private static partial Regex ToProblem();

    // new RowProblem(line, field, message), and the target-typed new(…) handed to a list of row problems.
    [GeneratedRegex(@"\bnew RowProblem\(|\b[Pp]roblems\.Add\(new\(")]
    private static partial Regex RowProblemNew();

    // InputGuard's WriteAsync(http, status, title, detail).
    [GeneratedRegex(@"\bWriteAsync\(http,")]
    private static partial Regex WriteProblem();

    // Exceptions the API turns into problem answers with their message.
    [GeneratedRegex(@"\bthrow new (?:BoundaryFormatException|BoundaryCrsException|RankingInputException|AreaImportRejectedException)\(")]
    private static partial Regex ThrownToProblem();

    // Named arguments and initialisers: detail: …, Detail = …, title: …, Title = ….
    [GeneratedRegex(@"\b(?:detail|title):\s*|\b(?:Detail|Title)\s*=\s*(?!=)")]
    private static partial Regex NamedText();

    /// <summary>Every offender in <paramref name="source"/>; <paramref name="calls"/> counts the calls looked at.</summary>
    public static List<Offender> Find(string source, IReadOnlySet<string> known, out int calls)
    {
        var code = Blank(source);
        var found = new List<Offender>();
        calls = 0;
        foreach (var shape in Shapes)
        {
            foreach (Match m in shape.Start.Matches(code))
            {
                var open = m.Index + m.Length - 1;
                var args = Arguments(code, open);
                if (shape.ArgumentCount is { } n && args.Count != n) continue;
                calls++;
                foreach (var i in shape.Arguments.Where(i => i < args.Count))
                {
                    Check(source, code, args[i], known, m.Value.TrimEnd('('), found);
                }
            }
        }
        foreach (Match m in NamedText().Matches(code))
        {
            var start = m.Index + m.Length;
            var end = ExpressionEnd(code, start);
            calls++;
            Check(source, code, (start, end), known, m.Value.Trim().TrimEnd(':', '=').Trim(), found);
        }
        return [.. found.Distinct().OrderBy(o => o.Line)];
    }

    private static void Check(string source, string code, (int Start, int End) arg, IReadOnlySet<string> known, string call, List<Offender> found)
    {
        var (start, end) = arg;
        // Dictionary keys ([field] = …) name fields, not messages.
        int i = start;
        int depth = 0;
        while (i < end)
        {
            char c = code[i];
            if (c == '(' || (c == '[' && IsElementAccess(code, i))) depth++;
            else if (c == ')' || (c == ']' && depth > 0 && Opens(code, i) is { } o && IsElementAccess(code, o))) depth--;
            else if (depth == 0 && IsStringStart(code, i, out var interpolated, out var literalStart))
            {
                var close = StringEnd(code, i);
                var key = IsDictionaryKey(code, i, close);
                if (!key)
                {
                    var text = source[i..close];
                    if (interpolated) found.Add(new Offender(LineOf(source, i), call, text));
                    else
                    {
                        var value = Unquote(source[literalStart..close]);
                        if (!known.Contains(value)) found.Add(new Offender(LineOf(source, i), call, text));
                    }
                }
                i = close;
                continue;
            }
            else if (depth == 0 && c == '.' && code.AsSpan(i).StartsWith(".Message") && (i + 8 >= code.Length || !char.IsLetterOrDigit(code[i + 8]))
                && ExceptionName().IsMatch(Identifier(code, i)))
            {
                found.Add(new Offender(LineOf(source, i), call, Identifier(code, i) + ".Message"));
            }
            i++;
        }
    }

    // x["key"], f(x)[0]: an index, not a collection expression ([$"message"]) whose elements are messages.
    private static bool IsElementAccess(string code, int bracket)
    {
        int j = bracket - 1;
        while (j >= 0 && code[j] == ' ') j--;
        return j >= 0 && (char.IsLetterOrDigit(code[j]) || code[j] is '_' or ')' or ']' or '?' or '!');
    }

    /// <summary>The '[' that the ']' at <paramref name="close"/> closes.</summary>
    private static int? Opens(string code, int close)
    {
        int depth = 0;
        for (int j = close - 1; j >= 0; j--)
        {
            if (code[j] == ']') depth++;
            else if (code[j] == '[') { if (depth == 0) return j; depth--; }
        }
        return null;
    }

    // What the code base calls a caught exception or a Domain validation error (whose Message is English).
    [GeneratedRegex(@"^(?:e|ex|error|exception|\w+Exception)$")]
    private static partial Regex ExceptionName();

    private static bool IsDictionaryKey(string code, int start, int close) =>
        start > 0 && code[..start].TrimEnd().EndsWith('[') && Regex.IsMatch(code[close..Math.Min(code.Length, close + 40)], @"^\s*\]\s*=");

    private static string Identifier(string code, int dot)
    {
        int s = dot;
        while (s > 0 && (char.IsLetterOrDigit(code[s - 1]) || code[s - 1] is '_' or '.')) s--;
        return code[s..dot];
    }

    private static string Unquote(string literal)
    {
        if (literal.StartsWith("\"\"\"", StringComparison.Ordinal)) return literal.Trim('"');
        if (literal.StartsWith('@')) return literal[2..^1].Replace("\"\"", "\"", StringComparison.Ordinal);
        return Regex.Unescape(literal[1..^1]);
    }

    private static int LineOf(string source, int index) => source.AsSpan(0, index).Count('\n') + 1;

    /// <summary>The top-level arguments of the call whose '(' is at <paramref name="open"/>, as [start, end) ranges.</summary>
    private static List<(int Start, int End)> Arguments(string code, int open)
    {
        var args = new List<(int, int)>();
        int depth = 0, start = open + 1;
        for (int i = open + 1; i < code.Length; i++)
        {
            if (IsStringStart(code, i, out _, out _)) { i = StringEnd(code, i) - 1; continue; }
            if (GenericEnd(code, i) is { } close) { i = close; continue; }
            char c = code[i];
            if (c is '(' or '[' or '{') depth++;
            else if (c is ')' or ']' or '}')
            {
                if (depth == 0)
                {
                    if (code[start..i].Trim().Length > 0) args.Add((start, i));
                    return args;
                }
                depth--;
            }
            else if (c == ',' && depth == 0)
            {
                args.Add((start, i));
                start = i + 1;
            }
        }
        return args;
    }

    /// <summary>
    /// The '>' closing type arguments that open at <paramref name="i"/> (<c>Dictionary&lt;string, string[]&gt;</c>), so
    /// their comma does not split arguments; null when the '<' is not one (a comparison has other characters before a '>').
    /// </summary>
    private static int? GenericEnd(string code, int i)
    {
        if (code[i] != '<' || i == 0 || !char.IsLetterOrDigit(code[i - 1])) return null;
        int depth = 0;
        for (int j = i; j < code.Length; j++)
        {
            char c = code[j];
            if (c == '<') depth++;
            else if (c == '>') { if (--depth == 0) return j; }
            else if (!(char.IsLetterOrDigit(c) || c is ' ' or ',' or '[' or ']' or '?' or '.' or '_')) return null;
        }
        return null;
    }

    /// <summary>Where the expression from <paramref name="start"/> ends: a top-level ',', ';' or a closing bracket.</summary>
    private static int ExpressionEnd(string code, int start)
    {
        int depth = 0;
        for (int i = start; i < code.Length; i++)
        {
            if (IsStringStart(code, i, out _, out _)) { i = StringEnd(code, i) - 1; continue; }
            char c = code[i];
            if (c is '(' or '[' or '{') depth++;
            else if (c is ')' or ']' or '}') { if (depth == 0) return i; depth--; }
            else if ((c is ',' or ';') && depth == 0) return i;
        }
        return code.Length;
    }

    private static bool IsStringStart(string code, int i, out bool interpolated, out int literalStart)
    {
        interpolated = false;
        literalStart = i;
        if (code[i] == '"') return i == 0 || (code[i - 1] is not ('$' or '@'));
        int j = i;
        bool dollar = false, at = false;
        while (j < code.Length && code[j] is '$' or '@')
        {
            if (code[j] == '$') dollar = true; else at = true;
            j++;
        }
        if (j == i || j >= code.Length || code[j] != '"') return false;
        if (i > 0 && (char.IsLetterOrDigit(code[i - 1]) || code[i - 1] is '_' or '$' or '@')) return false;
        interpolated = dollar;
        literalStart = at && !dollar ? i : j;
        return true;
    }

    /// <summary>The index just after the string literal that starts at <paramref name="i"/> (any kind, holes included).</summary>
    private static int StringEnd(string code, int i)
    {
        int dollars = 0;
        bool verbatim = false;
        while (code[i] is '$' or '@')
        {
            if (code[i] == '$') dollars++; else verbatim = true;
            i++;
        }
        int quotes = 0;
        while (i + quotes < code.Length && code[i + quotes] == '"') quotes++;
        if (quotes >= 3)
        {
            var end = code.IndexOf(new string('"', quotes), i + quotes, StringComparison.Ordinal);
            return end < 0 ? code.Length : end + quotes;
        }
        if (quotes == 2 && !(dollars > 0 || verbatim)) return i + 2; // ""
        i++;
        while (i < code.Length)
        {
            char c = code[i];
            if (!verbatim && c == '\\') { i += 2; continue; }
            if (c == '"')
            {
                if (verbatim && i + 1 < code.Length && code[i + 1] == '"') { i += 2; continue; }
                return i + 1;
            }
            if (dollars > 0 && c == '{')
            {
                if (i + 1 < code.Length && code[i + 1] == '{') { i += 2; continue; }
                i = HoleEnd(code, i + 1);
                continue;
            }
            i++;
        }
        return i;
    }

    private static int HoleEnd(string code, int i)
    {
        int depth = 0;
        while (i < code.Length)
        {
            if (IsStringStart(code, i, out _, out _)) { i = StringEnd(code, i); continue; }
            if (code[i] == '\'') { i = CharEnd(code, i); continue; }
            if (code[i] is '(' or '[' or '{') depth++;
            else if (code[i] is ')' or ']') depth--;
            else if (code[i] == '}')
            {
                if (depth == 0) return i + 1;
                depth--;
            }
            i++;
        }
        return i;
    }

    private static int CharEnd(string code, int i)
    {
        int j = i + 1;
        if (j < code.Length && code[j] == '\\') j++;
        j++;
        return j < code.Length && code[j] == '\'' ? j + 1 : i + 1;
    }

    /// <summary>
    /// The source with comments and character literals blanked (same length, so indices stay), so a quote in a comment
    /// or a '"' char does not start a string.
    /// </summary>
    private static string Blank(string source)
    {
        var chars = source.ToCharArray();
        int i = 0;
        while (i < chars.Length)
        {
            if (IsStringStart(source, i, out _, out _)) { i = StringEnd(source, i); continue; }
            if (chars[i] == '\'')
            {
                int end = CharEnd(source, i);
                for (int k = i; k < end; k++) chars[k] = ' ';
                i = Math.Max(end, i + 1);
                continue;
            }
            if (chars[i] == '/' && i + 1 < chars.Length && chars[i + 1] == '/')
            {
                while (i < chars.Length && chars[i] != '\n') chars[i++] = ' ';
                continue;
            }
            if (chars[i] == '/' && i + 1 < chars.Length && chars[i + 1] == '*')
            {
                var end = source.IndexOf("*/", i + 2, StringComparison.Ordinal);
                end = end < 0 ? chars.Length : end + 2;
                for (int k = i; k < end; k++) if (chars[k] != '\n') chars[k] = ' ';
                i = end;
                continue;
            }
            i++;
        }
        return new string(chars);
    }
}
