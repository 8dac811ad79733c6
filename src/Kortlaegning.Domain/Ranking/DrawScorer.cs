using System.Numerics;

namespace Kortlaegning.Domain.Ranking;

/// <summary>
/// Scores the ranked areas for one weight vector: Score = Σ wᵢ·xᵢ / Σ wᵢ over the indicators present. The matrix is
/// copied column-major (one column of M areas per indicator) so the product is K SIMD multiply-adds over contiguous
/// columns; only the few areas with a missing indicator need their own denominator.
/// </summary>
internal sealed class DrawScorer
{
    private readonly int _areas;
    private readonly int _indicators;
    private readonly double[] _columns;
    private readonly int[] _incomplete;
    private readonly bool[] _incompletePresent;
    private readonly double[] _baseScores;

    /// <param name="matrix">Normalised values with presence.</param>
    /// <param name="rankedAreas">Matrix rows to score, in output order.</param>
    /// <param name="baseScores">Scores under the chosen weights, used when a draw leaves an area no weight at all.</param>
    public DrawScorer(IndicatorMatrix matrix, int[] rankedAreas, double[] baseScores)
    {
        _areas = rankedAreas.Length;
        _indicators = matrix.IndicatorCount;
        _baseScores = baseScores;
        _columns = new double[_areas * _indicators];
        for (var j = 0; j < _areas; j++)
        {
            for (var i = 0; i < _indicators; i++)
                _columns[i * _areas + j] = matrix.Values[rankedAreas[j] * _indicators + i];
        }
        _incomplete = Enumerable.Range(0, _areas).Where(j => !matrix.Complete[rankedAreas[j]]).ToArray();
        _incompletePresent = _incomplete
            .SelectMany(j => matrix.Present.AsSpan(rankedAreas[j] * _indicators, _indicators).ToArray())
            .ToArray();
    }

    /// <summary>Writes the M scores for weights <paramref name="w"/> (length K) into <paramref name="scores"/>.</summary>
    public void Score(ReadOnlySpan<double> w, Span<double> scores)
    {
        scores = scores[.._areas];
        scores.Clear();
        var total = 0.0;
        for (var i = 0; i < _indicators; i++)
        {
            MultiplyAdd(w[i], _columns.AsSpan(i * _areas, _areas), scores);
            total += w[i];
        }

        // Incomplete areas first, while scores still hold the bare numerators Σ wᵢ·xᵢ.
        Span<double> incompleteScores = _incomplete.Length <= 256 ? stackalloc double[_incomplete.Length] : new double[_incomplete.Length];
        for (var n = 0; n < _incomplete.Length; n++)
        {
            var j = _incomplete[n];
            var denominator = 0.0;
            for (var i = 0; i < _indicators; i++)
                denominator += _incompletePresent[n * _indicators + i] ? w[i] : 0;
            // Zero only if every drawn weight of the area's indicators underflowed (extreme weight ratios): the draw
            // then says nothing about the area, so it keeps its chosen-weights score.
            incompleteScores[n] = denominator > 0 ? scores[j] / denominator : _baseScores[j];
        }
        Divide(scores, total);
        for (var n = 0; n < _incomplete.Length; n++)
            scores[_incomplete[n]] = incompleteScores[n];
    }

    /// <summary>scores += w · column. Vector multiply and add round like the scalar code (no fused multiply-add).</summary>
    private static void MultiplyAdd(double w, ReadOnlySpan<double> column, Span<double> scores)
    {
        var j = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var weight = new Vector<double>(w);
            for (; j <= column.Length - Vector<double>.Count; j += Vector<double>.Count)
                (new Vector<double>(scores[j..]) + weight * new Vector<double>(column[j..])).CopyTo(scores[j..]);
        }
        for (; j < column.Length; j++)
            scores[j] += w * column[j];
    }

    private static void Divide(Span<double> scores, double divisor)
    {
        var j = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var d = new Vector<double>(divisor);
            for (; j <= scores.Length - Vector<double>.Count; j += Vector<double>.Count)
                (new Vector<double>(scores[j..]) / d).CopyTo(scores[j..]);
        }
        for (; j < scores.Length; j++)
            scores[j] /= divisor;
    }
}
