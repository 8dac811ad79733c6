using System.ComponentModel.DataAnnotations;

namespace Kortlaegning.Api;

/// <summary>
/// Every setting of the service, bound from the "Kortlaegning" section (appsettings.json shows each with its default).
/// The connection string is the standard <c>ConnectionStrings:Kortlaegning</c>. Validated at start-up
/// (<c>ValidateOnStart</c>): a value out of range stops the service with a message naming the key.
/// </summary>
public sealed class KortlaegningOptions
{
    public const string Section = "Kortlaegning";

    /// <summary>
    /// Where third-party reference data lies (DAGI, health profile, Statistics Denmark, Census grid).
    /// Relative paths are tried against the working directory and each folder above the app, so the
    /// default finds <c>../shared/data</c> beside a clone.
    /// </summary>
    [Required(AllowEmptyStrings = false)]
    public string DataDir { get; set; } = "../shared/data";

    /// <summary>Apply EF Core migrations at start-up.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>Load the catalogue's reference datasets at start-up when they are not loaded yet.</summary>
    public bool LoadReferenceData { get; set; } = true;

    /// <summary>Counts below this are never published, nor rates built on them (disclosure control).</summary>
    [Range(1, 1000)]
    public int DisclosureThreshold { get; set; } = 5;

    /// <summary>Build the national-zoom area tiles (zoom 5–9) in the background after start-up.</summary>
    public bool SeedTiles { get; set; } = true;

    /// <summary>Folder with the web map (index.html); relative paths resolve like <see cref="DataDir"/>.</summary>
    [Required(AllowEmptyStrings = false)]
    public string WebRoot { get; set; } = "web";

    /// <summary>
    /// Memory for built vector tiles, keyed by layer, z/x/y and the layer's data version (so an edit makes every
    /// cached tile of that layer stale at once). 0 turns the cache off.
    /// </summary>
    [Range(0, 16_384)]
    public int TileCacheMegabytes { get; set; } = 64;

    /// <summary>
    /// In-memory cache of area, indicator and OGC answers (Infrastructure/ReadCache), keyed by the data version, so a
    /// write makes every kept answer stale at once. 0 turns the cache off (ETag and 304 still work).
    /// </summary>
    [Range(0, 16_384)]
    public int ReadCacheMegabytes { get; set; } = 64;

    /// <summary>
    /// 2SFCA catchment (metres, straight line) for the stored access indicators and the default of <c>GET /api/access</c>.
    /// 10 km is about 15 minutes by car or 40 by bicycle, reaches from Odder's villages into town, and stays well within
    /// the range where the domain benchmark meets its time budget; see docs/facilities.md.
    /// </summary>
    [Range(100, 100_000)]
    public double AccessCatchmentMetres { get; set; } = 10_000;

    /// <summary>
    /// The address people reach the service at (https://kort.example.dk), for absolute links such as the workshop join
    /// QR code. Empty: Workshops:PublicBaseUrl, else the first address the server listens on; never the Host header.
    /// </summary>
    public string PublicBaseUrl { get; set; } = "";

    /// <summary>
    /// Addresses of the reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed (docs/deployment.md).
    /// Empty: the headers are ignored, and the client address is the connection's (what the rate limits partition on).
    /// </summary>
    public string[] TrustedProxies { get; set; } = [];

    /// <summary>
    /// A folder every replica shares (a mounted volume) for the ASP.NET Core data-protection key ring, which encrypts
    /// the sign-in cookie: with it, a cookie issued by one replica is read by any other. Empty: the framework's default
    /// per-user folder, which replicas share only when they run as one user on one machine.
    /// </summary>
    public string DataProtectionKeysDir { get; set; } = "";
}
