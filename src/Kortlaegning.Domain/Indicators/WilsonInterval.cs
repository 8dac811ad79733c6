namespace Kortlaegning.Domain.Indicators;

/// <summary>
/// Wilson score interval for a proportion O/n (Wilson 1927), in the form given by Newcombe (1998) and used by
/// OHID/PHE Fingertips ("Confidence intervals" technical guide, method for proportions):
/// <code>
/// p = O/n,  q = 1 − p
/// lower = (2O + z² − z·√(z² + 4·O·q)) / (2·(n + z²))
/// upper = (2O + z² + z·√(z² + 4·O·q)) / (2·(n + z²))
/// </code>
/// Unlike the normal ("Wald") approximation it stays inside [0, 1] and is usable for 0/n and n/n,
/// which are common in small parishes. Limits are returned multiplied by <c>multiplier</c>
/// (100 for percent, 1,000 for per 1,000) so they match the published value.
/// </summary>
public static class WilsonInterval
{
    /// <summary>Two-sided 95 % standard normal quantile, as Fingertips uses.</summary>
    public const double Z95 = 1.959964;

    /// <summary>Two-sided 99.8 % standard normal quantile (Fingertips' stricter level, ≈ 3 standard errors).</summary>
    public const double Z998 = 3.090232;

    /// <summary>
    /// Interval for <paramref name="numerator"/> events out of <paramref name="denominator"/>.
    /// Counts are doubles so survey-weighted counts or effective sample sizes can be passed.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Denominator not positive, numerator negative or above the denominator, z not positive.</exception>
    public static ConfidenceInterval Compute(double numerator, double denominator, double z = Z95, double multiplier = 100)
    {
        if (!(denominator > 0) || double.IsInfinity(denominator))
            throw new ArgumentOutOfRangeException(nameof(denominator), denominator, "Denominator must be positive and finite.");
        if (!(numerator >= 0) || numerator > denominator)
            throw new ArgumentOutOfRangeException(nameof(numerator), numerator, "Numerator must be between 0 and the denominator.");
        if (!(z > 0) || double.IsInfinity(z))
            throw new ArgumentOutOfRangeException(nameof(z), z, "z must be positive and finite.");

        double o = numerator, n = denominator, z2 = z * z;
        double q = 1 - o / n;
        double centre = 2 * o + z2;
        double spread = z * Math.Sqrt(z2 + 4 * o * q);
        double scale = 2 * (n + z2);
        // Clamp only rounding noise: at O = 0 the lower limit is exactly 0 and at O = n the upper limit exactly 1.
        double lower = Math.Clamp((centre - spread) / scale, 0, 1);
        double upper = Math.Clamp((centre + spread) / scale, 0, 1);
        return new ConfidenceInterval(lower * multiplier, upper * multiplier);
    }

    /// <summary>Interval when the counts allow one; null for a missing or zero denominator instead of throwing.</summary>
    public static ConfidenceInterval? TryCompute(double? numerator, double? denominator, double z = Z95, double multiplier = 100) =>
        numerator is { } o && denominator is { } n && n > 0 && o >= 0 && o <= n && !double.IsInfinity(n)
            ? Compute(o, n, z, multiplier)
            : null;
}
