using System.Text.Json;

namespace Kortlaegning.Api.Followup;

/// <summary>One target of a preset: a calendar <c>year</c>, or <c>wholeProject</c> (the project's own period when applied).</summary>
public sealed record PresetTarget(string Metric, int? Year, bool? WholeProject, double Value, string? Track, string? Quote);

/// <summary>One application's targets as shipped in data/followup_targets.json, naming its seed file and quoting it.</summary>
public sealed record TargetPreset(string Id, string Name, string Municipality, string Seed, string Quote, string? Note, IReadOnlyList<PresetTarget> Targets);

/// <summary>The five applications' targets, read once from data/followup_targets.json (copied beside the app).</summary>
public sealed class TargetPresets(IReadOnlyList<TargetPreset> all)
{
    public IReadOnlyList<TargetPreset> All { get; } = all;

    public static TargetPresets Load(string? path = null)
    {
        path ??= Path.Combine(AppContext.BaseDirectory, "data", "followup_targets.json");
        using var stream = File.OpenRead(path);
        var doc = JsonSerializer.Deserialize<PresetFile>(stream, FollowupValidation.Json) ?? throw new InvalidDataException($"{path} is empty.");
        return new TargetPresets(doc.Presets);
    }

    /// <summary>The preset's targets as bodies for <paramref name="project"/>: whole-project targets take its period; years outside it are left out.</summary>
    public static IReadOnlyList<TargetBody> For(TargetPreset preset, ProjectEntity project) => preset.Targets
        .Where(t => t.Year is null || (t.Year >= project.Start.Year && t.Year <= project.End.Year))
        .Select(t => new TargetBody(t.Metric, t.WholeProject == true ? null : t.Year,
            t.WholeProject == true ? $"{project.Start:yyyy-MM-dd}" : null, t.WholeProject == true ? $"{project.End:yyyy-MM-dd}" : null,
            t.Value, null, t.Track, $"{preset.Seed}: «{t.Quote ?? preset.Quote}»"))
        .ToList();

    private sealed record PresetFile(IReadOnlyList<TargetPreset> Presets);
}
