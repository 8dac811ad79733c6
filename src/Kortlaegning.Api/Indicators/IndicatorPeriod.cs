using Kortlaegning.Api.Infrastructure.Localisation;
using Kortlaegning.Api.Infrastructure.Validation;

namespace Kortlaegning.Api.Indicators;

/// <summary>
/// The indicator and period a download, a tile or an OGC collection asks for, checked one way: a known indicator the
/// caller may read (the catalogue hides other municipalities' drafts), a period it has, and without a period the latest
/// at the level. Problems go to the caller's <see cref="FieldErrors"/>, keyed <c>indicator</c> or <c>period</c>.
/// </summary>
public static class IndicatorPeriod
{
    /// <returns>The indicator's code and the period to use; null when no indicator is asked for or a problem was recorded.</returns>
    public static async Task<(string Indicator, string Period)?> ResolveAsync(
        string? indicator, string? period, string level, FieldErrors errors, IndicatorCatalogue catalogue, IndicatorStore store, CancellationToken ct)
    {
        if (indicator is null)
        {
            if (period is not null) errors.Add("period", Texts.PeriodNeedsIndicator.Get());
            return null;
        }
        if (await catalogue.FindAsync(indicator, ct) is not { } info)
        {
            errors.Add("indicator", Texts.NoIndicatorListed.Format(indicator));
            return null;
        }
        return await PeriodAsync(info, period, level, errors, store, ct) is { } used ? (info.Code, used) : null;
    }

    /// <summary><c>period</c>: one of the indicator's, default the latest at the level; null (problem recorded) otherwise.</summary>
    public static async Task<string?> PeriodAsync(IndicatorInfo info, string? period, string level, FieldErrors errors, IndicatorStore store, CancellationToken ct)
    {
        if (period is not null && !info.Periods.Contains(period))
        {
            errors.Add("period", Texts.NoSuchPeriod.Format(info.Code, Texts.Pick(info.Name.Da, info.Name.En), period, string.Join(", ", info.Periods)));
            return null;
        }
        var used = period ?? await store.LatestPeriodAsync(info.Code, level, ct);
        if (used is null) errors.Add("indicator", Texts.NoValuesAtLevel.Format(info.Code, Texts.Pick(info.Name.Da, info.Name.En), level));
        return used;
    }
}
