namespace Kortlaegning.Domain.Ranking;

/// <summary>
/// Draws weight vectors from a Dirichlet(α) distribution: independent Gamma(αᵢ, 1) variates divided by their sum.
/// Gamma variates come from Marsaglia and Tsang (2000), "A simple method for generating gamma variables",
/// ACM TOMS 26(3); normal variates from Box–Muller. The seeded <see cref="Random"/> constructor uses a fixed
/// algorithm across .NET versions, so a seed reproduces the same draws.
/// </summary>
internal sealed class DirichletSampler
{
    private readonly double[] _alpha;
    private readonly Random _random;
    private double? _spareNormal;

    public DirichletSampler(ReadOnlySpan<double> alpha, int seed)
    {
        foreach (var a in alpha)
        {
            if (!(a > 0) || !double.IsFinite(a))
                throw new ArgumentOutOfRangeException(nameof(alpha), "Every Dirichlet parameter must be finite and > 0.");
        }
        _alpha = alpha.ToArray();
        _random = new Random(seed);
    }

    /// <summary>Fills <paramref name="weights"/> (length = number of parameters) with one draw summing to 1.</summary>
    public void Next(Span<double> weights)
    {
        var sum = 0.0;
        for (var i = 0; i < _alpha.Length; i++)
        {
            weights[i] = Gamma(_alpha[i]);
            sum += weights[i];
        }
        // Only reachable with absurdly small αᵢ where every variate underflows: fall back to the mean, α / Σα.
        var total = sum > 0 ? sum : _alpha.Sum();
        for (var i = 0; i < _alpha.Length; i++)
            weights[i] = (sum > 0 ? weights[i] : _alpha[i]) / total;
    }

    /// <summary>Gamma(shape, scale 1) by Marsaglia–Tsang; for shape &lt; 1 their boost Gamma(shape + 1) · U^(1/shape).</summary>
    internal double Gamma(double shape)
    {
        if (shape < 1)
            return Gamma(shape + 1) * Math.Pow(UniformOpenAtZero(), 1 / shape);
        var d = shape - 1.0 / 3.0;
        var c = 1 / Math.Sqrt(9 * d);
        while (true)
        {
            var x = Normal();
            var v = 1 + c * x;
            if (v <= 0)
                continue;
            v = v * v * v;
            var u = UniformOpenAtZero();
            // Squeeze test first: it accepts ~98 % of candidates without a logarithm.
            if (u < 1 - 0.0331 * x * x * x * x)
                return d * v;
            if (Math.Log(u) < 0.5 * x * x + d * (1 - v + Math.Log(v)))
                return d * v;
        }
    }

    /// <summary>Standard normal by Box–Muller; the second variate of each pair is kept for the next call.</summary>
    private double Normal()
    {
        if (_spareNormal is { } spare)
        {
            _spareNormal = null;
            return spare;
        }
        var radius = Math.Sqrt(-2 * Math.Log(UniformOpenAtZero()));
        var angle = 2 * Math.PI * _random.NextDouble();
        _spareNormal = radius * Math.Sin(angle);
        return radius * Math.Cos(angle);
    }

    /// <summary>Uniform on (0, 1]: NextDouble is on [0, 1), and ln 0 or 0^(1/α) must not occur.</summary>
    private double UniformOpenAtZero() => 1 - _random.NextDouble();
}
