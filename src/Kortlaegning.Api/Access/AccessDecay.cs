namespace Kortlaegning.Api.Access;

/// <summary>The 2SFCA distance decay: none (uniform within the catchment) or gaussian (E2SFCA on thirds of it).</summary>
public enum AccessDecay { None, Gaussian }
