using Kortlaegning.Domain.Indicators;

namespace Kortlaegning.Domain.Tests.Indicators;

/// <summary>
/// Disclosure control attacked: an adversary who sees every published cell and the published totals (Denmark, each
/// municipality whose value is published) derives what subtraction and addition give — a group's one unknown member
/// as total minus the rest, a hidden total as the sum of its all-published members — until nothing more follows. No
/// suppressed count may be derived, and no group may reveal that its hidden members together are a small number.
/// The tables are made by a seeded generator (illustrative counts, not data).
/// </summary>
public class DisclosureRecoveryTests
{
    private const int Threshold = 5;

    /// <summary>Denmark (a cell, total of its municipalities) → municipalities (cells, totals of their parishes) → parishes.</summary>
    private sealed record Table(List<DisclosureCell> Cells, Dictionary<string, string> Totals);

    private static Table Generate(int seed)
    {
        var random = new Random(seed);
        var cells = new List<DisclosureCell>();
        var totals = new Dictionary<string, string>();
        long denmark = 0;
        int municipalities = random.Next(2, 7);
        for (int m = 0; m < municipalities; m++)
        {
            string id = $"M{m}";
            long sum = 0;
            int parishes = random.Next(1, 6);
            for (int p = 0; p < parishes; p++)
            {
                // Mostly small counts, so that suppression has work to do; some zeros, some large.
                long count = random.Next(4) switch { 0 => random.Next(0, 5), 1 => random.Next(0, 3), 2 => random.Next(5, 15), _ => random.Next(15, 200) };
                cells.Add(new DisclosureCell($"{id}p{p}", count, [id]));
                sum += count;
            }
            cells.Add(new DisclosureCell(id, sum, ["DK"]));
            totals[id] = id;
            denmark += sum;
        }
        cells.Add(new DisclosureCell("DK", denmark, []));
        totals["DK"] = "DK";
        return new Table(cells, totals);
    }

    /// <summary>Everything the adversary can compute exactly: cell id → count.</summary>
    private static Dictionary<string, long> Attack(Table t, DisclosureResult result)
    {
        var known = t.Cells.Where(c => result.Cells[c.Id].Published).ToDictionary(c => c.Id, c => c.Count);
        var groups = t.Cells.SelectMany(c => c.Groups.Select(g => (g, c))).GroupBy(x => x.g).ToDictionary(g => g.Key, g => g.Select(x => x.c).ToList());
        for (bool changed = true; changed;)
        {
            changed = false;
            foreach (var (group, members) in groups)
            {
                long? total = known.TryGetValue(t.Totals[group], out var v) ? v : null;
                var unknown = members.Where(m => !known.ContainsKey(m.Id)).ToList();
                if (total is { } sum && unknown.Count == 1)
                {
                    known[unknown[0].Id] = sum - members.Where(m => m.Id != unknown[0].Id).Sum(m => known[m.Id]);
                    changed = true;
                }
                else if (total is null && unknown.Count == 0)
                {
                    known[t.Totals[group]] = members.Sum(m => known[m.Id]);
                    changed = true;
                }
            }
        }
        return known;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void NoSuppressedCountCanBeRecoveredBySubtractionOrAddition(int seed)
    {
        var table = Generate(seed);
        var result = DisclosureControl.Apply(table.Cells, new DisclosureOptions { Threshold = Threshold, GroupTotals = table.Totals });
        var known = Attack(table, result);
        Assert.Empty(result.UnprotectedGroups);
        var recovered = table.Cells.Where(c => !result.Cells[c.Id].Published && known.ContainsKey(c.Id)).Select(c => $"{c.Id}={c.Count}").ToList();
        Assert.True(recovered.Count == 0, $"seed {seed}: recovered {string.Join(", ", recovered)}");
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void NoGroupRevealsThatItsHiddenCellsAreSmallTogether(int seed)
    {
        var table = Generate(seed);
        var result = DisclosureControl.Apply(table.Cells, new DisclosureOptions { Threshold = Threshold, GroupTotals = table.Totals });
        var known = Attack(table, result);
        foreach (var group in table.Cells.SelectMany(c => c.Groups).Distinct())
        {
            long? total = known.TryGetValue(table.Totals[group], out var v) ? v : null;
            if (total is null) continue;
            var members = table.Cells.Where(c => c.Groups.Contains(group)).ToList();
            long hidden = total.Value - members.Where(m => known.ContainsKey(m.Id)).Sum(m => known[m.Id]);
            Assert.True(hidden == 0 || hidden >= Threshold, $"seed {seed}: group {group} hides {hidden} in all");
        }
    }

    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        for (int seed = 1; seed <= 300; seed++) data.Add(seed);
        return data;
    }

    // Denmark = M1 (one parish of 3) + M2 (50 + 60). M1 is primary, M2 its complement in Denmark; but with both of M2's
    // parishes published, M2 = 50 + 60 = 110 and M1 = Denmark − 110 = 3. So one of M2's parishes must go too.
    [Fact]
    public void AHiddenTotalWhosePartsAreAllPublishedGetsAHiddenPart()
    {
        var options = new DisclosureOptions { GroupTotals = new Dictionary<string, string> { ["M1"] = "M1", ["M2"] = "M2" } };
        var r = DisclosureControl.Apply(
        [
            new("p1", 3, ["M1"]),
            new("p2", 50, ["M2"]), new("p3", 60, ["M2"]),
            new("M1", 3, ["DK"]), new("M2", 110, ["DK"]),
        ], options);
        Assert.Equal(SuppressionReason.Complementary, r.Cells["M2"].Reason);
        Assert.Equal(SuppressionReason.Complementary, r.Cells["p2"].Reason);
        Assert.True(r.Cells["p3"].Published);
    }
}
