using System.Text.Json;
using Kortlaegning.Api.Data;
using Kortlaegning.Api.Infrastructure.Localisation;
using Kortlaegning.Api.Infrastructure.Validation;
using Kortlaegning.Api.Rankings;
using Microsoft.EntityFrameworkCore;

namespace Kortlaegning.Api.Followup;

/// <summary>
/// The need scores behind the equity figure: a saved parish-level ranking preset, run as Rankings runs it, read as
/// score = −rank (rank 1 = most need), so the domain's "higher is more need" holds and ties stay ties.
/// </summary>
public sealed class NeedRanking(IDbContextFactory<KortlaegningDb> dbs, RankingService rankings)
{
    public async Task<(string Name, Dictionary<string, double> Scores)?> ScoresAsync(int presetId, FieldErrors errors, CancellationToken ct)
    {
        await using var context = await dbs.CreateDbContextAsync(ct);
        if (await context.Set<RankingPreset>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == presetId, ct) is not { } preset)
        {
            errors.Add("ranking", Texts.NoRankingPresetSee.Format(presetId));
            return null;
        }
        var body = JsonSerializer.Deserialize<RankingBody>(preset.Body, JsonSerializerOptions.Web)!;
        if (body.Level != "parish")
        {
            errors.Add("ranking", Texts.EquityNeedsParish.Format(preset.Name, body.Level));
            return null;
        }
        var (result, problems) = await rankings.RankAsync(body with { Sensitivity = null }, ct);
        if (result is null)
        {
            errors.Add("ranking", Texts.PresetDoesNotRun.Format(preset.Name, string.Join("; ", problems.Select(kv => $"{kv.Key}: {string.Join(", ", kv.Value)}"))));
            return null;
        }
        return (preset.Name, result.Areas.Where(a => a.Rank is not null).ToDictionary(a => a.Code, a => -(double)a.Rank!.Value));
    }
}
