using Kortlaegning.Api.Infrastructure.Localisation;

namespace Kortlaegning.Api.UnitTests.Localisation;

/// <summary>
/// Issue 17: every problem detail and field message of the API in Danish and English. Reads the API's source for
/// messages a person would get in English whatever language they asked for (<see cref="MessageScan"/>), and checks on
/// planted examples that the scan finds each shape, so a new English-only message fails here.
/// </summary>
public class ProblemMessagesTests
{
    /// <summary>
    /// Files the scan leaves out, each with its reason. Keep this list short: a file here answers in English.
    /// </summary>
    private static readonly Dictionary<string, string> NotScanned = new(StringComparer.Ordinal);

    private static readonly IReadOnlySet<string> Known = Texts.Problems.Select(t => t.En).ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void EveryProblemMessageInTheApiIsAKeyedText()
    {
        var root = Repository.Root;
        var api = Path.Combine(root, "src", "Kortlaegning.Api");
        var sep = Path.DirectorySeparatorChar;
        var files = Directory.EnumerateFiles(api, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{sep}obj{sep}") && !f.Contains($"{sep}bin{sep}") && !f.Contains($"{sep}Migrations{sep}"))
            .Select(f => Path.GetRelativePath(root, f).Replace(sep, '/'))
            .ToList();
        foreach (var exempt in NotScanned.Keys) Assert.True(files.Contains(exempt), $"{exempt} is exempt but does not exist: remove it from the list.");

        int calls = 0;
        var offenders = new List<string>();
        foreach (var file in files.Where(f => !NotScanned.ContainsKey(f)))
        {
            offenders.AddRange(MessageScan.Find(File.ReadAllText(Path.Combine(root, file)), Known, out var n).Select(o => $"{file}:{o.Line} {o.Call}: {o.Message}"));
            calls += n;
        }
        Assert.True(calls > 300, $"only {calls} problem calls looked at; is the scan still reading the API?");
        Assert.True(offenders.Count == 0, $"{offenders.Count} problem messages are English-only (use a keyed Text):\n" + string.Join("\n", offenders));
    }

    [Theory]
    [InlineData("errors.Add(\"name\", $\"'{name}' is wrong.\");")]
    [InlineData("errors.Add($\"rows[{i}]\", \"Must be an object.\");")]
    [InlineData("errors.Add(F(\"x\"), cond ? \"A new text.\" : Texts.Required.Format(\"x\"));")]
    [InlineData("errors.Add(\"x\",\n    $\"Preset '{p}' ranks \" +\n    \"parishes.\");")]
    [InlineData("tooLarge.Add(\"demand\", $\"Too large: {n}.\");")]
    [InlineData("errors.Add(field, error.Message);")]
    [InlineData("errors.AddRow(line, \"code\", $\"Unknown code {c}.\");")]
    [InlineData("return Problems.BadParameter(\"type\", $\"Unknown type '{type}'.\");")]
    [InlineData("return Problems.NotFound($\"No {level} with code {code}.\");")]
    [InlineData("return Problems.NotFound(\"Nothing here.\");")]
    [InlineData("Problems.Status(409, \"Name taken\", $\"'{name}' exists.\");")]
    [InlineData("Problems.Status(422, \"A title nobody translated\", Texts.Required.Format(\"x\"));")]
    [InlineData("Problems.Status(422, \"Unreadable area\", e.Message);")]
    [InlineData("Problems.Validation(new Dictionary<string, string[]> { [field] = [$\"At most {cap} s.\"] }, \"Invalid\");")]
    [InlineData("Problems.Validation(new Dictionary<string, string[]> { [\"geometry\"] = [Texts.Required.Format(\"geometry\")] }, \"A title nobody translated\", 422);")]
    [InlineData("problems.Add(new RowProblem(s.Row, field, $\"there is no municipality {m}\"));")]
    [InlineData("problems.Add(new(i, \"srid\", $\"EPSG:{srid} is unknown.\"));")]
    [InlineData("var p = new ProblemDetails { Status = 400, Title = \"Bad request\", Detail = $\"{n} is too many.\" };")]
    [InlineData("TypedResults.Problem(statusCode: 404, detail: \"No such thing.\");")]
    [InlineData("return WorkshopValidation.Invalid(\"kind\", \"'kind' is 'facility' or 'candidate'.\", \"Invalid conversion\");")]
    [InlineData("if (!plan.IsValid) return Rejected(plan, \"A title nobody translated\");")]
    [InlineData("throw new BoundaryFormatException($\"Not valid JSON: {e.Message}\", e);")]
    public void TheScanFindsAnEnglishOnlyMessageInEachShape(string line)
    {
        var found = MessageScan.Find(line, Known, out var calls);
        Assert.True(calls > 0, "the scan did not see the call");
        Assert.NotEmpty(found);
    }

    [Theory]
    [InlineData("errors.Add($\"{field}[{i}]\", Texts.NotOneOf.Format(key, string.Join(\", \", allowed)));")]
    [InlineData("errors.Add(field, Texts.Required.Format($\"{prefix}.name\"));")]
    [InlineData("return Problems.BadParameter(\"code\", Texts.InvalidParameter.Format(code));")]
    [InlineData("Problems.Status(409, \"Name taken\", Texts.NoProject.Format(id));")]
    [InlineData("Problems.Validation(new Dictionary<string, string[]> { [\"geometry\"] = [Texts.Required.Format(\"geometry\")] }, \"Invalid geometry\");")]
    [InlineData("return Problems.NotFound(\"No such workshop.\");")] // in Texts.Problems: translated by its English text
    [InlineData("// errors.Add(\"x\", $\"a comment, not code {x}\");")]
    [InlineData("list.Add($\"{a}:{b}\"); dict.Add(\"key\", \"value\");")]
    [InlineData("return Problems.BadParameter(\"municipality\", errors.ToDictionary()[\"municipality\"][0]);")]
    [InlineData("foreach (var p in problems) errors.AddRow(p.Row, p.Field, p.Message);")] // row problems are checked where they are made
    public void TheScanLeavesKeyedTextsAlone(string line)
    {
        Assert.Empty(MessageScan.Find(line, Known, out _));
    }
}
