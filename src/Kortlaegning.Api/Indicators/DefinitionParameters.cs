using Npgsql;

namespace Kortlaegning.Api.Indicators;

/// <summary>
/// The columns every indicator definition has, bound as @code, @name_da, @name_en, @unit, @polarity, @decimals and
/// @definition: one binding for the stores that write definitions (own indicators, access indicators).
/// </summary>
internal static class DefinitionParameters
{
    public static void Add(NpgsqlParameterCollection p, string code, string nameDa, string nameEn, string unit, string polarity, int decimals, string definition)
    {
        p.AddWithValue("code", code);
        p.AddWithValue("name_da", nameDa);
        p.AddWithValue("name_en", nameEn);
        p.AddWithValue("unit", unit);
        p.AddWithValue("polarity", polarity);
        p.AddWithValue("decimals", decimals);
        p.AddWithValue("definition", definition);
    }
}
