namespace Kortlaegning.Api.Workshops;

/// <summary>Settings of the workshop feature, bound from the "Workshops" section (appsettings.json shows each default).</summary>
public sealed class WorkshopOptions
{
    public const string Section = "Workshops";

    /// <summary>Items may lie this far outside the focus areas (metres, EPSG:25832): people mark the bus stop across the border.</summary>
    public double ExtentBufferMetres { get; set; } = 500;

    /// <summary>Largest number of vertices in one drawn item.</summary>
    public int MaxVertices { get; set; } = 1000;

    /// <summary>Longest comment text (characters).</summary>
    public int MaxTextLength { get; set; } = 1000;

    /// <summary>Dots each participant may place unless the workshop says otherwise.</summary>
    public int DefaultVoteLimit { get; set; } = 5;

    /// <summary>Token bucket per participant: burst size (writes of any kind: items, edits, votes).</summary>
    public int RateLimitBurst { get; set; } = 10;

    /// <summary>Token bucket per participant: sustained writes per minute.</summary>
    public int RateLimitPerMinute { get; set; } = 20;

    /// <summary>Most events a reconnecting screen is sent from the log (Last-Event-ID); further behind, it is told to resync.</summary>
    public int EventBacklog { get; set; } = 20_000;

    /// <summary>A workshop's event log is deleted when its newest event is older than this (hours); its screens then resync.</summary>
    public int EventRetentionHours { get; set; } = 168;

    /// <summary>Events queued for one slow screen before it is cut off (it reconnects and resumes from the backlog).</summary>
    public int SubscriberQueue { get; set; } = 5_000;

    /// <summary>Seconds between SSE keep-alive comments.</summary>
    public int HeartbeatSeconds { get; set; } = 15;

    /// <summary>Base URL put in the join QR code (e.g. https://kort.example.dk); empty: the request's own scheme and host.</summary>
    public string PublicBaseUrl { get; set; } = "";
}
