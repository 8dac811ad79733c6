namespace Kortlaegning.Api.Facilities;

/// <summary>
/// The limits of a facility's fields, once: the parser checks them and <see cref="FacilityConfiguration"/> gives the
/// columns the same lengths (a longer text would otherwise be a 500 from PostgreSQL instead of a listed problem).
/// </summary>
public static class FacilityLimits
{
    public const int Name = 200;
    public const int Address = 300;
    public const int Organisation = 200;
    public const int Contact = 300;
    public const int OpeningHours = 300;
    public const int Notes = 2000;
    public const int Source = 100;
    public const int Tags = 30;
    public const int Tag = 50;
    public const int Capacity = 1_000_000;
}
