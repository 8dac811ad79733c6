using System.Globalization;
using System.Text.RegularExpressions;

namespace Kortlaegning.Api.Infrastructure.Localisation;

/// <summary>
/// Reasons written by libraries, quoted after one of our sentences ("Ikke gyldig JSON: …", "Figuren er ugyldig: …"), in
/// the request's language:
/// <list type="bullet">
/// <item>System.Text.Json's messages: the reason from <see cref="Texts.JsonReasons"/>, and where it is, as
///   "(linje 1, byte 6)" counted from 1, with the member when the serializer names one (the English keeps the library's "LineNumber: 0 | BytePositionInLine: 5.",
///   counted from 0, which scripts may already read);</item>
/// <item>the validity reasons of NetTopologySuite's <c>IsValidOp</c> and PostGIS's <c>ST_IsValidReason</c> (both GEOS's
///   names, PostGIS with the place as "[x y]"), from <see cref="Texts.GeometryReasons"/>;</item>
/// <item>ASP.NET Core's <c>BadHttpRequestException</c> messages, from <see cref="Texts.RequestReasons"/>;</item>
/// <item>why PostGIS or NetTopologySuite cannot read a geometry, from <see cref="Texts.GeometryReadReasons"/>;</item>
/// <item>why ProjNet cannot read a .prj, from <see cref="Texts.CrsReasons"/>.</item>
/// </list>
/// A reason neither knows is passed on as the library wrote it.
/// </summary>
public static partial class TechnicalReasons
{
    private static readonly EnglishSentences Sentences = new(Texts.JsonReasons.Concat(Texts.RequestReasons).Concat(Texts.GeometryReadReasons).Concat(Texts.CrsReasons));

    public static string Localise(string english)
    {
        if (Language.IsEnglish) return english;
        var json = JsonMessage().Match(english);
        if (json.Success)
        {
            var reason = json.Groups["reason"].Value;
            long line = Number(json.Groups["line"]) + 1, at = Number(json.Groups["byte"]) + 1;
            // The path says which member failed ("$.features[3].geometry"); "$" alone says nothing the place does not.
            var path = json.Groups["path"].Value;
            var where = path.Length > 1 ? Texts.JsonPositionPath.Format(line, at, path) : Texts.JsonPosition.Format(line, at);
            return $"{Sentences.Localise(reason) ?? reason} {where}";
        }
        var geometry = GeometryMessage().Match(english);
        if (geometry.Success && Text.ByEnglish(Texts.GeometryReasons, geometry.Groups["reason"].Value) is { } text)
        {
            return geometry.Groups["at"].Success ? Texts.GeometryReasonAt.Format(text.Get(), geometry.Groups["at"].Value) : text.Get();
        }
        return Sentences.Localise(english) ?? english;
    }

    private static long Number(Group g) => long.Parse(g.Value, CultureInfo.InvariantCulture);

    // "'x' is an invalid start of a value. Path: $ | LineNumber: 0 | BytePositionInLine: 0." (Path only when deserializing)
    [GeneratedRegex(@"^(?<reason>.+?)(?: Path: (?<path>\S*))? \|? ?LineNumber: (?<line>\d+) \| BytePositionInLine: (?<byte>\d+)\.$", RegexOptions.Singleline)]
    private static partial Regex JsonMessage();

    // "Self-intersection", PostGIS "Self-intersection[0.5 0.5]", NTS's ToString "Self-intersection at or near point (0.5, 0.5)"
    [GeneratedRegex(@"^(?<reason>[A-Za-z][A-Za-z -]*?)(?:\[(?<at>[^\]]*)\]| at or near point \((?<at>[^)]*)\))?$")]
    private static partial Regex GeometryMessage();
}
