using System.Globalization;
using Kortlaegning.Api.Facilities;
using Kortlaegning.Api.Indicators;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Kortlaegning.Api.Access;

/// <summary>
/// Keeps the access indicators of each facility type stored, so rankings, profiles and /api/indicators use them like
/// any other: <c>access.&lt;type&gt;.distance</c>, <c>.mean_distance</c>, <c>.share_within_1000</c> and <c>.2sfca</c>, for
/// parishes and municipalities, period "current" (derived values, recomputed on every change rather than kept as
/// dated snapshots). Runs inside the facility write's transaction, after an advisory lock per type: two concurrent
/// edits of one type are serialised, and the second recomputes from a snapshot that includes the first.
/// </summary>
public sealed class AccessRefresher(AccessCalculator calculator, ValueWriter writer, FacilityTypes types, IOptions<KortlaegningOptions> options)
{
    public const string Period = "current";
    public const double WithinMetres = 1000;
    public static readonly string[] Levels = ["parish", "municipality"];

    private const string UpsertIndicator = """
        INSERT INTO indicators (code, name_da, name_en, unit, polarity, decimals, definition, source, count_based, illustrative)
        VALUES (@code, @name_da, @name_en, @unit, @polarity, @decimals, @definition, 'facilities', false,
                COALESCE((SELECT bool_or(illustrative) FROM facilities WHERE type = @type), false))
        ON CONFLICT (code) DO UPDATE
           SET name_da = excluded.name_da, name_en = excluded.name_en, unit = excluded.unit, polarity = excluded.polarity,
               decimals = excluded.decimals, definition = excluded.definition, source = excluded.source, illustrative = excluded.illustrative
        """;

    /// <summary>The four indicator codes of a type.</summary>
    public static string[] Codes(string type) => [$"access.{type}.distance", $"access.{type}.mean_distance", $"access.{type}.share_within_1000", $"access.{type}.2sfca"];

    public async Task RefreshAsync(NpgsqlConnection conn, NpgsqlTransaction tx, IReadOnlyList<string> typeCodes, CancellationToken ct)
    {
        var rows = new List<ValueRow>();
        foreach (var code in typeCodes.Distinct().Order(StringComparer.Ordinal))
        {
            var type = types.Find(code) ?? throw new InvalidOperationException($"Unknown facility type '{code}'.");
            await using (var lk = new NpgsqlCommand(AccessQueries.Lock, conn, tx))
            {
                lk.Parameters.AddWithValue("key", $"kortlaegning.access.{code}");
                await lk.ExecuteNonQueryAsync(ct);
            }
            await DefineAsync(conn, tx, type, ct);
            await using (var del = new NpgsqlCommand("DELETE FROM indicator_values WHERE indicator_code = ANY(@codes)", conn, tx))
            {
                del.Parameters.AddWithValue("codes", Codes(code));
                await del.ExecuteNonQueryAsync(ct);
            }
            foreach (var level in Levels)
            {
                var computed = await calculator.ComputeAsync(conn, tx, new AccessRequest(code, level, WithinMetres, options.Value.AccessCatchmentMetres), ct);
                rows.AddRange(Rows(code, level, computed));
            }
        }
        if (rows.Count > 0) await writer.WriteAsync(conn, tx, rows, ct);
    }

    /// <summary>At start-up: recompute every type that has facilities or stored values (the grid or areas may have been reloaded).</summary>
    public async Task RefreshAllAsync(NpgsqlDataSource db, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var present = new List<string>();
        await using (var cmd = new NpgsqlCommand("SELECT DISTINCT type FROM facilities UNION SELECT split_part(code, '.', 2) FROM indicators WHERE code LIKE 'access.%' AND source = 'facilities'", conn))
        await using (var r = await cmd.ExecuteReaderAsync(ct))
        {
            while (await r.ReadAsync(ct)) present.Add(r.GetString(0));
        }
        var known = present.Where(t => types.Find(t) is not null).ToList();
        if (known.Count == 0) return;
        await using var tx = await conn.BeginTransactionAsync(ct);
        await RefreshAsync(conn, tx, known, ct);
        await tx.CommitAsync(ct);
    }

    private static IEnumerable<ValueRow> Rows(string type, string level, AccessComputed computed)
    {
        var codes = Codes(type);
        for (int a = 0; a < computed.Population.Areas.Count; a++)
        {
            var area = computed.Population.Areas[a];
            var r = computed.Results[a];
            string? note = r.Population > 0 ? null : "no_residents";
            string? distanceNote = note ?? (r.CentreToNearestMetres is null ? "no_facility" : null);
            yield return new ValueRow(codes[0], level, area.Code, Period, Round(r.CentreToNearestMetres, 0), Note: distanceNote, Source: "facilities");
            yield return new ValueRow(codes[1], level, area.Code, Period, Round(r.MeanNearestMetres, 0), Note: distanceNote, Source: "facilities");
            yield return new ValueRow(codes[2], level, area.Code, Period, Round(r.ShareWithin * 100, 2), Note: note, Source: "facilities");
            yield return new ValueRow(codes[3], level, area.Code, Period, Round(r.Score, 4), Note: note, Source: "facilities");
        }
    }

    private static double? Round(double? v, int digits) => v is { } x ? Math.Round(x, digits) : null;

    private async Task DefineAsync(NpgsqlConnection conn, NpgsqlTransaction tx, FacilityType type, CancellationToken ct)
    {
        var catchment = options.Value.AccessCatchmentMetres.ToString("N0", CultureInfo.InvariantCulture);
        var (da, en) = (type.NameDa.ToLowerInvariant(), type.NameEn.ToLowerInvariant());
        const string grid = "Residents from the Census 2021 1 km grid (cell centres, split over areas by overlap); straight-line distance in EPSG:25832.";
        var defs = new (string Code, string Da, string En, string Unit, string Polarity, int Decimals, string Definition)[]
        {
            (Codes(type.Code)[0], $"Afstand til nærmeste: {da}", $"Distance to nearest {en}", "metres", "low_is_good", 0,
                $"Distance from the area's population-weighted centre to the nearest {en}, metres. {grid} Null when there is none of the type."),
            (Codes(type.Code)[1], $"Gennemsnitlig afstand til nærmeste: {da}", $"Mean distance to nearest {en}", "metres", "low_is_good", 0,
                $"Population-weighted mean of each resident point's distance to its own nearest {en}, metres. {grid}"),
            (Codes(type.Code)[2], $"Andel borgere inden for 1 km: {da}", $"Residents within 1 km of a {en}", "percent", "high_is_good", 1,
                $"Share of residents whose nearest {en} lies within 1,000 m. {grid} 0 when there is none of the type."),
            (Codes(type.Code)[3], $"Adgang (2SFCA): {da}", $"Access score (2SFCA): {en}", "score", "high_is_good", 2,
                $"Two-step floating catchment (Luo & Wang 2003), catchment {catchment} m: capacity (persons; 1 when not given) per 1,000 residents in reach, population-weighted over the area. {grid}"),
        };
        foreach (var d in defs)
        {
            await using var cmd = new NpgsqlCommand(UpsertIndicator, conn, tx);
            cmd.Parameters.AddWithValue("code", d.Code);
            cmd.Parameters.AddWithValue("name_da", d.Da);
            cmd.Parameters.AddWithValue("name_en", d.En);
            cmd.Parameters.AddWithValue("unit", d.Unit);
            cmd.Parameters.AddWithValue("polarity", d.Polarity);
            cmd.Parameters.AddWithValue("decimals", d.Decimals);
            cmd.Parameters.AddWithValue("definition", d.Definition);
            cmd.Parameters.AddWithValue("type", type.Code);
            await cmd.ExecuteNonQueryAsync(ct);
        }
    }
}
