namespace Kortlaegning.Domain.Access;

/// <summary>
/// The catchment of the floating-catchment method: ascending distance zones with weights; beyond the last zone the
/// weight is 0. One zone of weight 1 is the original 2SFCA (Luo &amp; Wang 2003); several decreasing weights are the
/// enhanced 2SFCA (E2SFCA, Luo &amp; Qi 2009), which applies the same weight in both steps.
/// </summary>
public sealed class Catchment
{
    private readonly CatchmentZone[] _zones;

    public Catchment(IReadOnlyList<CatchmentZone> zones)
    {
        ArgumentNullException.ThrowIfNull(zones);
        if (zones.Count == 0) throw new ArgumentException("A catchment needs at least one zone.", nameof(zones));
        for (int i = 0; i < zones.Count; i++)
        {
            var z = zones[i];
            if (!(z.UpToMetres > 0) || double.IsInfinity(z.UpToMetres))
                throw new ArgumentException($"Zone {i}: the limit must be positive and finite.", nameof(zones));
            if (i > 0 && z.UpToMetres <= zones[i - 1].UpToMetres)
                throw new ArgumentException($"Zone {i}: limits must increase.", nameof(zones));
            if (!(z.Weight >= 0) || z.Weight > 1)
                throw new ArgumentException($"Zone {i}: the weight must be between 0 and 1.", nameof(zones));
        }
        _zones = zones.ToArray();
    }

    /// <summary>Original 2SFCA: every facility within <paramref name="metres"/> counts fully (binary catchment).</summary>
    public static Catchment Uniform(double metres) => new([new CatchmentZone(metres, 1)]);

    /// <summary>
    /// E2SFCA with three equal sub-zones and Luo &amp; Qi's (2009) Gaussian weights 1.00, 0.68, 0.22
    /// (their 0–10, 10–20, 20–30 minute zones, here thirds of <paramref name="metres"/>).
    /// </summary>
    public static Catchment GaussianThirds(double metres) => new(
    [
        new CatchmentZone(metres / 3, 1.00),
        new CatchmentZone(metres * 2 / 3, 0.68),
        new CatchmentZone(metres, 0.22),
    ]);

    public IReadOnlyList<CatchmentZone> Zones => _zones;

    /// <summary>The outer limit d0, metres.</summary>
    public double Metres => _zones[^1].UpToMetres;

    /// <summary>True for the binary catchment of the original 2SFCA.</summary>
    public bool IsUniform => _zones.All(z => z.Weight == 1);

    /// <summary>Weight of a facility at <paramref name="metres"/>: the weight of the first zone reaching it, else 0.</summary>
    public double Weight(double metres)
    {
        foreach (var z in _zones)
        {
            if (metres <= z.UpToMetres) return z.Weight;
        }
        return 0;
    }
}
