using Kortlaegning.Api.Infrastructure.Data;
using Kortlaegning.Domain.OwnAreas;

namespace Kortlaegning.Api.Areas;

/// <summary>What an area profile needs from the areas besides values: an own area's facts, and the departments the curated facts are matched to.</summary>
public sealed partial class AreaStore
{
    private const string DepartmentKeysSql = """
        SELECT a.code, a.name, aa.organisation, aa.department_number
          FROM areas a LEFT JOIN area_attributes aa ON aa.area_id = a.id
         WHERE a.level = 'housing_department' AND a.municipality_code = @municipality AND a.state = 'published'
         ORDER BY a.code
        """;

    /// <summary>
    /// Every published housing department of a municipality by name, organisation and number: a quoted fact moves from
    /// the municipality's profile to a department's only once the department is published (a draft must not show).
    /// </summary>
    public async Task<IReadOnlyList<DepartmentKey>> DepartmentKeysAsync(string municipality, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(DepartmentKeysSql);
        cmd.Parameters.AddWithValue("municipality", municipality);
        var list = new List<DepartmentKey>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            list.Add(new DepartmentKey(r.Get<string>("code"), r.Get<string>("name"), r.Get<string?>("organisation"), r.Get<string?>("department_number")));
        }
        return list;
    }
}
