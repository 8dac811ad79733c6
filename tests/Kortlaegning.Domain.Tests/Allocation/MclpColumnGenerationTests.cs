using Kortlaegning.Domain.Allocation;
using static Kortlaegning.Domain.Tests.Allocation.AllocationFixtures;

namespace Kortlaegning.Domain.Tests.Allocation;

/// <summary>
/// The LP relaxation by column generation (<see cref="MclpColumnGeneration"/>) on MclpExactTests' 40 seeded instances,
/// started from the plain greedy's K sites so the pricing has sites to add.
/// </summary>
public class MclpColumnGenerationTests
{
    public static TheoryData<int> Seeds() => SeedData(40);

    private static int[] Greedy(CoverInstance inst) => CoverHeuristic.Mclp(inst, long.MaxValue, swap: false).Sites;

    /// <summary>
    /// Without area minimums (which the Lagrangian certificate relaxes) the pricing converges and its certificate is the
    /// LP bound GLOP finds on the whole instance.
    /// </summary>
    [Theory]
    [MemberData(nameof(Seeds))]
    public void ReachesTheLpOfTheWholeInstance(int seed)
    {
        var inst = MclpExactTests.Cover(MclpExactTests.Instance(seed) with { MinPerArea = new Dictionary<string, int>() });
        var full = MclpLp.Solve(inst, 10, default);
        Assert.NotNull(full);
        var cg = MclpColumnGeneration.Solve(inst, Greedy(inst), () => 10, default);
        Assert.NotNull(cg);
        Assert.True(cg.Converged);
        Assert.Equal(full.Value, cg.Certificate.Bound, 1e-6 * Math.Max(1, full.Value));
        Assert.Equal(inst.SiteCount, cg.Y.Length);
        Assert.Equal(inst.Constraints.K, cg.Y.Sum(), 1e-6);
    }

    /// <summary>The property above would say little if the first restricted LP were already the whole LP.</summary>
    [Fact]
    public void MostInstancesNeedSitesPricedIn()
    {
        int priced = 0, lower = 0;
        for (int seed = 1; seed <= 40; seed++)
        {
            var inst = MclpExactTests.Cover(MclpExactTests.Instance(seed) with { MinPerArea = new Dictionary<string, int>() });
            var start = Greedy(inst);
            var cg = MclpColumnGeneration.Solve(inst, start, () => 10, default)!;
            if (cg.Rounds > 1) priced++;
            // The first round's certificate alone (one restricted LP, nothing priced in) is looser on some instances.
            int calls = 0;
            var first = MclpColumnGeneration.Solve(inst, start, () => calls++ == 0 ? 10 : 0, default)!;
            if (first.Certificate.Bound > cg.Certificate.Bound + 1e-6) lower++;
        }
        Assert.True(priced >= 20, $"{priced} of 40 instances priced sites in");
        Assert.True(lower >= 10, $"pricing lowered the bound on {lower} of 40 instances");
    }

    /// <summary>
    /// Stopped after any number of rounds, with fixed sites and area minimums, the certificate is at or above the optimum
    /// and its reduced-cost test against the optimum's value excludes no site of any optimal selection.
    /// </summary>
    [Theory]
    [MemberData(nameof(Seeds))]
    public void CertificateBoundsTheOptimumAfterAnyRound(int seed)
    {
        var inst = MclpExactTests.Cover(MclpExactTests.Instance(seed));
        var (best, optima) = BruteForce(inst);
        for (int rounds = 1; rounds <= 4; rounds++)
        {
            int calls = 0;
            var cg = MclpColumnGeneration.Solve(inst, Greedy(inst), () => calls++ < rounds ? 10 : 0, default);
            Assert.NotNull(cg);
            Assert.True(cg.Rounds <= rounds);
            Assert.True(cg.Certificate.Bound >= best - 1e-9, $"bound {cg.Certificate.Bound} below the optimum {best} after {rounds} rounds");
            var excluded = cg.Certificate.Excluded(best);
            Assert.DoesNotContain(optima, set => set.Any(s => excluded[s]));
        }
    }
}
