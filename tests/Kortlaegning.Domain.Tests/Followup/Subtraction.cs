namespace Kortlaegning.Domain.Tests.Followup;

/// <summary>
/// The attacker: which totals can be recovered by adding and subtracting published totals? A stretch's total is
/// recoverable exactly when its 0/1 vector over the series' positions lies in the span of the published stretches'
/// vectors (Gaussian elimination over the rationals; the vectors are small 0/1 vectors, so doubles are exact here).
/// Independent of the union–find used by the code under test.
/// </summary>
internal static class Subtraction
{
    public static bool CanRecover(IEnumerable<(int From, int To)> published, (int From, int To) target, int[] positions)
    {
        double[] Vector((int From, int To) s) => positions.Select(p => p >= s.From && p < s.To ? 1.0 : 0.0).ToArray();
        var rows = published.Select(Vector).ToList();
        int before = Rank(rows.Select(r => (double[])r.Clone()).ToList());
        rows.Add(Vector(target));
        return Rank(rows) == before;
    }

    private static int Rank(List<double[]> rows)
    {
        if (rows.Count == 0) return 0;
        int cols = rows[0].Length, rank = 0;
        for (int c = 0; c < cols && rank < rows.Count; c++)
        {
            int pivot = rows.FindIndex(rank, r => Math.Abs(r[c]) > 1e-9);
            if (pivot < 0) continue;
            (rows[rank], rows[pivot]) = (rows[pivot], rows[rank]);
            for (int i = 0; i < rows.Count; i++)
            {
                if (i == rank || Math.Abs(rows[i][c]) < 1e-9) continue;
                double f = rows[i][c] / rows[rank][c];
                for (int j = 0; j < cols; j++) rows[i][j] -= f * rows[rank][j];
            }
            rank++;
        }
        return rank;
    }
}
