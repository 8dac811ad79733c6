using Kortlaegning.Domain.Indicators;

namespace Kortlaegning.Domain.Tests.Indicators;

public class DisclosureControlTests
{
    private static DisclosureCell Cell(string id, long count, params string[] groups) => new(id, count, groups);

    private static SuppressionReason Reason(DisclosureResult r, string id) => r.Cells[id].Reason;

    [Fact]
    public void CountsOneToFourAreSuppressedAndZeroAndFiveArePublished()
    {
        var r = DisclosureControl.Apply([Cell("a", 0), Cell("b", 1), Cell("c", 4), Cell("d", 5)]);
        Assert.Equal(SuppressionReason.None, Reason(r, "a"));
        Assert.Equal(SuppressionReason.Primary, Reason(r, "b"));
        Assert.Equal(SuppressionReason.Primary, Reason(r, "c"));
        Assert.True(r.Cells["d"].Published);
    }

    [Fact]
    public void ZeroIsSuppressedWhenConfiguredAndTheThresholdIsConfigurable()
    {
        var r = DisclosureControl.Apply([Cell("a", 0), Cell("b", 9), Cell("c", 10)], new DisclosureOptions { Threshold = 10, SuppressZero = true });
        Assert.Equal(SuppressionReason.Primary, Reason(r, "a"));
        Assert.Equal(SuppressionReason.Primary, Reason(r, "b"));
        Assert.Equal(SuppressionReason.None, Reason(r, "c"));
    }

    // Municipality total 50 = 3 + 12 + 15 + 20. Hiding only the 3 leaves it as 50 − 12 − 15 − 20 = 3,
    // so the next-smallest parish (12) goes too; now only 3 + 12 = 15 is known.
    [Fact]
    public void SingleSuppressedParishWouldBeRecoveredBySubtractionSoTheNextSmallestIsHidden()
    {
        var r = DisclosureControl.Apply([Cell("p1", 3, "m"), Cell("p2", 12, "m"), Cell("p3", 15, "m"), Cell("p4", 20, "m")]);
        Assert.Equal(SuppressionReason.Primary, Reason(r, "p1"));
        Assert.Equal(SuppressionReason.Complementary, Reason(r, "p2"));
        Assert.True(r.Cells["p3"].Published);
        Assert.True(r.Cells["p4"].Published);
        Assert.Empty(r.UnprotectedGroups);
    }

    // 2 + 2 + 30 + 40 = 74: both 2s are primary, but 74 − 30 − 40 = 4 < 5 tells that both cells are small,
    // so the 30 is hidden as well.
    [Fact]
    public void SuppressedCellsWhoseDerivableSumIsBelowTheThresholdGetAComplement()
    {
        var r = DisclosureControl.Apply([Cell("a", 2, "g"), Cell("b", 2, "g"), Cell("c", 30, "g"), Cell("d", 40, "g")]);
        Assert.Equal(SuppressionReason.Complementary, Reason(r, "c"));
        Assert.True(r.Cells["d"].Published);
    }

    [Fact]
    public void TwoSuppressedCellsSummingToTheThresholdNeedNoComplement()
    {
        var r = DisclosureControl.Apply([Cell("a", 2, "g"), Cell("b", 3, "g"), Cell("c", 30, "g")]);
        Assert.True(r.Cells["c"].Published);
    }

    // A hidden zero adds nothing to the unknown: 3 + 0 would still be recoverable as 3.
    [Fact]
    public void ZeroSiblingIsNotUsedAsComplement()
    {
        var r = DisclosureControl.Apply([Cell("a", 3, "g"), Cell("b", 0, "g"), Cell("c", 30, "g")]);
        Assert.True(r.Cells["b"].Published);
        Assert.Equal(SuppressionReason.Complementary, Reason(r, "c"));
    }

    // Parish × sex, with published totals per parish and per sex:
    //           men  women
    //   A         3     10      A-men primary. Group A: only A-men hidden → hide A-women (10).
    //   B         8      9      Group men: only A-men hidden → hide B-men (8, smallest of 8, 20).
    //   C        20     25      Group women: only A-women hidden → hide B-women (9). Group B: 8 + 9 hidden, sum 17: fine.
    [Fact]
    public void ComplementsPropagateAcrossOverlappingGroupsUntilStable()
    {
        var r = DisclosureControl.Apply(
        [
            Cell("A-m", 3, "A", "men"), Cell("A-w", 10, "A", "women"),
            Cell("B-m", 8, "B", "men"), Cell("B-w", 9, "B", "women"),
            Cell("C-m", 20, "C", "men"), Cell("C-w", 25, "C", "women"),
        ]);
        Assert.Equal(SuppressionReason.Primary, Reason(r, "A-m"));
        Assert.Equal(SuppressionReason.Complementary, Reason(r, "A-w"));
        Assert.Equal(SuppressionReason.Complementary, Reason(r, "B-m"));
        Assert.Equal(SuppressionReason.Complementary, Reason(r, "B-w"));
        Assert.True(r.Cells["C-m"].Published);
        Assert.True(r.Cells["C-w"].Published);
    }

    // Denmark = municipalities M1 (a single parish of 3) and M2 (50 + 60 = 110), with the municipality totals as cells of
    // the group DK. p1 and M1 are both primary; group M1 is safe because its total is hidden, but in DK the lone
    // hidden M1 = DK − M2 would be recoverable, so M2 goes too — and then one of M2's parishes, or M2 = 50 + 60
    // (DisclosureRecoveryTests attacks this).
    [Fact]
    public void HiddenTotalStopsSubtractionBelowItButNeedsAComplementAmongItsOwnSiblings()
    {
        var options = new DisclosureOptions { GroupTotals = new Dictionary<string, string> { ["M1"] = "M1", ["M2"] = "M2" } };
        var r = DisclosureControl.Apply(
        [
            Cell("p1", 3, "M1"),
            Cell("p2", 50, "M2"), Cell("p3", 60, "M2"),
            Cell("M1", 3, "DK"), Cell("M2", 110, "DK"),
        ], options);
        Assert.Equal(SuppressionReason.Primary, Reason(r, "p1"));
        Assert.Equal(SuppressionReason.Primary, Reason(r, "M1"));
        Assert.Equal(SuppressionReason.Complementary, Reason(r, "M2"));
        Assert.Equal(SuppressionReason.Complementary, Reason(r, "p2"));
        Assert.True(r.Cells["p3"].Published);
        Assert.Empty(r.UnprotectedGroups);
    }

    // G1 = {a 3, b 12}: b is a's complement. G2 = {b 12, z 0} with total cell T2 = 12: b alone hidden and the only
    // sibling is a useless 0, so T2 itself is hidden; in "top" = {T2, T3 40} that lone T2 drags T3 along.
    [Fact]
    public void GroupWithNoUsableSiblingHidesItsTotalCell()
    {
        var options = new DisclosureOptions { GroupTotals = new Dictionary<string, string> { ["G2"] = "T2" } };
        var r = DisclosureControl.Apply(
        [
            Cell("a", 3, "G1"), Cell("b", 12, "G1", "G2"), Cell("z", 0, "G2"),
            Cell("T2", 12, "top"), Cell("T3", 40, "top"),
        ], options);
        Assert.Equal(SuppressionReason.Complementary, Reason(r, "b"));
        Assert.Equal(SuppressionReason.Complementary, Reason(r, "T2"));
        Assert.Equal(SuppressionReason.Complementary, Reason(r, "T3"));
        Assert.True(r.Cells["z"].Published);
        Assert.Empty(r.UnprotectedGroups);
    }

    [Fact]
    public void SingleParishMunicipalityWithoutATotalCellIsReportedUnprotected()
    {
        var r = DisclosureControl.Apply([Cell("p1", 3, "M1")]);
        Assert.Equal(["M1"], r.UnprotectedGroups);
    }

    [Fact]
    public void DuplicateIdsAreRejected() =>
        Assert.Throws<ArgumentException>(() => DisclosureControl.Apply([Cell("a", 3), Cell("a", 4)]));
}
