namespace Kortlaegning.Domain.Network;

/// <summary>
/// Speeds that turn network metres into minutes for isochrones: walking 4.8 km/h (80 m/min, the usual planning figure,
/// e.g. Transport for London's PTAL method), cycling 15 km/h (250 m/min, the Danish Road Directorate's commuting figure).
/// </summary>
public static class TravelSpeed
{
    public const double WalkMetresPerMinute = 80;

    public const double BikeMetresPerMinute = 250;

    /// <summary>Longest isochrone asked for, minutes (an hour's walk is ~5 km: a bounded search, not the whole graph).</summary>
    public const double MaxMinutes = 60;

    public static double MetresPerMinute(NetworkProfile profile) =>
        profile == NetworkProfile.Bike ? BikeMetresPerMinute : WalkMetresPerMinute;
}
