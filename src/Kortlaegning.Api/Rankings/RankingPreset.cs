namespace Kortlaegning.Api.Rankings;

/// <summary>A saved ranking: a name, why it exists, and the exact body to re-run (stored as JSON).</summary>
public sealed class RankingPreset
{
    public const int MaxNameLength = 120;
    public const int MaxDescriptionLength = 2000;
    public const int MaxAuthorLength = 120;

    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Description { get; set; }
    public required string Body { get; set; }
    public required string Author { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Shipped with the service (data/ranking_presets.json), rebuilt at start-up.</summary>
    public bool BuiltIn { get; set; }
}
