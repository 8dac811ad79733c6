using Kortlaegning.Api.Areas;
using Kortlaegning.Api.Data;
using Kortlaegning.Api.Indicators;
using Kortlaegning.Domain.Boundaries;

namespace Kortlaegning.Api.Cli;

/// <summary>
/// Command-line verbs of the same executable, sharing its configuration and services:
/// <code>
/// kortlaegning migrate
/// kortlaegning load-reference
/// kortlaegning import areas --level parish --file F --code-field SOGNEKODE [--name-field SOGNENAVN]
///                           [--srid 25832] [--source ID] [--year 2014] [--object NAME] [--skip-rejected]
///                           [--mapping homes:BOLIGER,...] [--dissolve] [--dry-run] [--publish]
/// (F: .geojson/.json/.topojson, .gpkg, .zip with a Shapefile and its .prj, or .csv with WKT or lon/lat)
/// kortlaegning import indicators --file values.csv [--source ID]
/// kortlaegning import network --file F [--profile walk|bike] [--municipality CODE]
/// kortlaegning users add|token|list|disable …
/// </code>
/// In a clone, <c>./kortlaegning</c> (the repository's script) runs the Release build with these verbs.
/// Exit codes: 0 done, 1 the input was refused (nothing written), 2 usage.
/// </summary>
public static class Commands
{
    private static readonly string[] Verbs = ["migrate", "load-reference", "import", "users", "help"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Verbs.Contains(args[0]);

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var services = app.Services;
        switch (args[0])
        {
            case "migrate":
                await services.GetRequiredService<DatabaseInitialiser>().RunAsync();
                return 0;
            case "load-reference":
                await services.GetRequiredService<DatabaseInitialiser>().RunAsync();
                return 0;
            case "import" when args.Length > 1 && args[1] == "areas":
                return await ImportAreasAsync(services, Options(args.Skip(2)));
            case "import" when args.Length > 1 && args[1] == "indicators":
                return await ImportIndicatorsAsync(services, Options(args.Skip(2)));
            case "import" when args.Length > 1 && args[1] == "network":
                return await Network.NetworkCommand.RunAsync(services, Options(args.Skip(2)));
            case "users":
                return await Accounts.UsersCommands.RunAsync(services, args);
            default:
                Console.Error.WriteLine(string.Join('\n', Usage, Network.NetworkCommand.Usage, Accounts.UsersCommands.Usage));
                return args[0] == "help" ? 0 : 2;
        }
    }

    private const string Usage = """
        usage:
          kortlaegning migrate
          kortlaegning load-reference
          kortlaegning import areas --level LEVEL --file FILE --code-field FIELD [--name-field FIELD]
                                    [--srid EPSG] [--source ID] [--year YYYY] [--object NAME] [--skip-rejected]
                                    [--mapping ATTRIBUTE:FIELD,...] [--dissolve] [--dry-run] [--publish]
            (FILE: .geojson/.json, .gpkg, .zip (Shapefile with .prj) or .csv (WKT or lon/lat columns);
             own levels housing_department, local_community, custom take attributes by name or --mapping)
          kortlaegning import indicators --file FILE.csv [--source ID]
            (indicator,level,area_code,period,value,numerator,denominator,ci_low,ci_high[,note]; ',' or ';')
        levels: region, municipality, parish, postcode, housing_department, local_community, custom
        """;

    private static async Task<int> ImportAreasAsync(IServiceProvider services, Dictionary<string, string?> o)
    {
        if (!AreaLevels.TryParse(o.GetValueOrDefault("level"), out var level) || o.GetValueOrDefault("file") is not { } file || o.GetValueOrDefault("code-field") is not { } codeField)
        {
            Console.Error.WriteLine("import areas needs --level, --file and --code-field.\n" + Usage);
            return 2;
        }
        await services.GetRequiredService<DatabaseInitialiser>().RunAsync();
        var request = new AreaImportRequest(level, codeField, o.GetValueOrDefault("name-field"),
            o.GetValueOrDefault("source") ?? Path.GetFileName(file),
            int.TryParse(o.GetValueOrDefault("year"), out var y) ? y : null,
            int.TryParse(o.GetValueOrDefault("srid"), out var s) ? s : null,
            o.GetValueOrDefault("object"),
            o.ContainsKey("skip-rejected"),
            BoundaryFormats.FromPath(file),
            o.GetValueOrDefault("mapping"),
            o.ContainsKey("dry-run"),
            o.ContainsKey("dissolve"),
            o.ContainsKey("publish") ? Infrastructure.Publication.Published : Infrastructure.Publication.Draft);
        try
        {
            await using var stream = File.OpenRead(file);
            Console.WriteLine($"Importing {file} as {level.Name()} …");
            if (level.IsOwn()) return await ImportOwnAreasAsync(services, stream, request);
            var summary = await services.GetRequiredService<AreaImporter>().ImportAsync(stream, request);
            Console.WriteLine(summary);
            foreach (var r in summary.Rejected) Console.WriteLine($"  skipped feature #{r.Index} ({r.Code ?? "no code"}): {r.Reason}");
            return 0;
        }
        catch (Exception e) when (e is BoundaryFormatException or FileNotFoundException or DirectoryNotFoundException)
        {
            Console.Error.WriteLine($"Nothing imported: {e.Message}");
            return 1;
        }
        catch (AreaImportRejectedException e)
        {
            Console.Error.WriteLine($"Nothing imported: {e.Message}");
            foreach (var r in e.Result.Rejected) Console.Error.WriteLine($"  feature #{r.Index} ({r.Code ?? "no code"}): {r.Reason}");
            Console.Error.WriteLine("Fix these, or pass --skip-rejected to import the rest.");
            return 1;
        }
    }

    /// <summary>Own areas: the summary and every problem by row (1-based, as the API's rows[n]); exit 1 when nothing was written.</summary>
    private static async Task<int> ImportOwnAreasAsync(IServiceProvider services, Stream stream, AreaImportRequest request)
    {
        var result = await services.GetRequiredService<OwnAreaImporter>().ImportAsync(stream, request);
        Console.WriteLine(result);
        foreach (var r in result.Repairs) Console.WriteLine($"  row {r.Row} {r.Field}: {r.Message}");
        foreach (var w in result.Warnings) Console.WriteLine($"  row {w.Row} {w.Field}: {w.Message}");
        var output = result.DryRun || result.Committed ? Console.Out : Console.Error;
        foreach (var p in result.Problems) output.WriteLine(p.Row > 0 ? $"  row {p.Row} {p.Field}: {p.Message}" : $"  {p.Field}: {p.Message}");
        if (result.DryRun || result.Committed) return 0;
        Console.Error.WriteLine("Nothing imported. Fix these, or pass --skip-rejected to import the rest.");
        return 1;
    }

    private static async Task<int> ImportIndicatorsAsync(IServiceProvider services, Dictionary<string, string?> o)
    {
        if (o.GetValueOrDefault("file") is not { } file)
        {
            Console.Error.WriteLine("import indicators needs --file.\n" + Usage);
            return 2;
        }
        await services.GetRequiredService<DatabaseInitialiser>().RunAsync();
        string text;
        try
        {
            text = await File.ReadAllTextAsync(file);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            Console.Error.WriteLine($"Nothing imported: {e.Message}");
            return 1;
        }
        var (written, errors) = await services.GetRequiredService<IndicatorImport>().ImportAsync(text, o.GetValueOrDefault("source") ?? Path.GetFileName(file), default);
        if (errors.Any)
        {
            var problems = errors.ToDictionary();
            Console.Error.WriteLine($"Nothing imported: {problems.Values.Sum(m => m.Length)} problem(s).");
            foreach (var (field, messages) in problems)
            {
                foreach (var m in messages) Console.Error.WriteLine($"  {field}: {m}");
            }
            return 1;
        }
        Console.WriteLine($"Imported {written} values from {file}.");
        return 0;
    }

    /// <summary>--name value pairs; a flag without a value maps to null. Shared by every command (users, import, network).</summary>
    internal static Dictionary<string, string?> Options(IEnumerable<string> args)
    {
        var result = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        string? pending = null;
        foreach (var a in args)
        {
            if (a.StartsWith("--", StringComparison.Ordinal))
            {
                if (pending is not null) result[pending] = null;
                pending = a[2..];
            }
            else if (pending is not null)
            {
                result[pending] = a;
                pending = null;
            }
        }
        if (pending is not null) result[pending] = null;
        return result;
    }
}
