using System.Globalization;
using Kortlaegning.Api.Accounts;
using Kortlaegning.Api.Audit;
using Kortlaegning.Api.Indicators;
using Npgsql;

namespace Kortlaegning.Api.Workshops;

/// <summary>What a workshop import wrote: values, the indicator definitions it made or renamed, and areas left out.</summary>
public sealed record WorkshopImportResult(int Written, string Period, IReadOnlyList<string> Indicators, IReadOnlyList<string> SkippedAreas);

/// <summary>
/// Feeds a workshop's counts back as indicator values (POST /api/workshops/{id}/indicators/import) without a hand-made
/// definition: one own indicator per category, <c>workshop.&lt;kommunekode&gt;.&lt;category&gt;</c>, named after the category
/// and owned by the workshop's municipality; values = published items touching each area, period = the workshop date.
/// Areas outside the municipality are left out (own values lie in their owner's municipality). A facilitator or planner
/// of that municipality may import. One transaction: definitions, values, audit rows. A new definition is a draft until a
/// planner publishes it (PUT /api/indicators/{code}/state); a re-import keeps the state.
/// </summary>
public sealed class WorkshopIndicatorImport(
    WorkshopStore workshops, OwnIndicatorStore definitions, IndicatorStore indicators, ValueWriter writer, IndicatorImport import,
    NpgsqlDataSource db, ICurrentUser user, AuditLog audit)
{
    /// <summary>The code of a category's counts; the municipality keeps two municipalities' "ideas" apart.</summary>
    public static string Code(string municipality, string category) => $"workshop.{municipality}.{category}";

    /// <summary>Null when there is no such workshop.</summary>
    public async Task<WorkshopImportResult?> ImportAsync(Guid id, CancellationToken ct)
    {
        if (await workshops.DetailsAsync(id, false, ct) is not { } w) return null;
        if (!user.Can(Permission.Facilitate, w.Municipality)) user.Require(Permission.Edit, w.Municipality);
        var counts = await workshops.CountsAsync(id, ct);
        var areas = await indicators.AreaMunicipalitiesAsync(ct);
        var period = w.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var source = import.SourceOf($"workshop {w.Title}");
        var skipped = counts.ByAreaAndCategory.Where(c => areas.GetValueOrDefault((w.AreaLevel, c.Area)) != w.Municipality)
            .Select(c => c.Area).Distinct().Order(StringComparer.Ordinal).ToList();
        var rows = counts.ByAreaAndCategory.Where(c => !skipped.Contains(c.Area))
            .Select(c => new ValueRow(Code(w.Municipality, c.Category), w.AreaLevel, c.Area, period, c.Count, c.Count, Source: source)).ToList();

        var codes = new List<string>();
        int written = 0;
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        foreach (var category in w.Categories)
        {
            var code = Code(w.Municipality, category.Key);
            if (!await definitions.UpsertImportedAsync(conn, tx, Definition(w, category, code), ct)) continue;
            codes.Add(code);
        }
        rows = rows.Where(r => codes.Contains(r.Indicator)).ToList();
        if (rows.Count > 0) written = await writer.WriteAsync(conn, tx, rows, ct);
        foreach (var code in rows.Select(r => r.Indicator).Distinct())
        {
            await audit.WriteAsync(conn, tx, new AuditEntry("indicator_values", code, "import", w.Municipality), ct);
        }
        await writer.CommitAsync(tx, ct);
        return new WorkshopImportResult(written, period, codes, skipped);
    }

    /// <summary>
    /// Not count-based: the items counted are published on the workshop's map for anyone to see, so suppressing their
    /// counts would protect nothing (docs/indicators.md).
    /// </summary>
    private static Indicator Definition(WorkshopDetails w, CategoryInfo category, string code) => new()
    {
        Code = code,
        NameDa = Clip($"Workshop: {category.Label}"),
        NameEn = Clip($"Workshop: {category.Label}"),
        Unit = "count",
        Polarity = "no_judgement",
        Decimals = 0,
        Definition = $"Published items of the category '{category.Label}' touching the area, in the workshop '{w.Title}' ({w.Date:yyyy-MM-dd}); an item touching two areas counts in both.",
        Source = OwnIndicatorRules.SourceId(w.Municipality),
        CountBased = false,
        OwnerMunicipality = w.Municipality,
        SourceName = Clip($"Workshop '{w.Title}'"),
        State = Infrastructure.Publication.Draft,
    };

    private static string Clip(string s) => s.Length <= 200 ? s : s[..200];
}
