using System.Text.Json;
using System.Text.Json.Nodes;
using Kortlaegning.Domain.Workshops;

namespace Kortlaegning.Api.Workshops;

/// <summary>The events a workshop's screens receive (<see cref="WorkshopBroadcaster"/>).</summary>
internal static class WorkshopEvents
{
    /// <summary>A new or changed item: facilitators always see it; others see it only while published, else its removal.</summary>
    public static Task AnnotationAsync(this WorkshopBroadcaster b, Guid id, long aid, string status, string feature)
    {
        var data = ForOthers(feature);
        return ModerationStatus.IsPublic(status)
            ? b.PublishAsync(id, "annotation", data, "annotation", data)
            : b.PublishAsync(id, "annotation", data, "annotation-removed", Removed(aid));
    }

    public static Task AnnotationRemovedAsync(this WorkshopBroadcaster b, Guid id, long aid) =>
        b.PublishAsync(id, "annotation-removed", Removed(aid), "annotation-removed", Removed(aid));

    public static Task VotesAsync(this WorkshopBroadcaster b, Guid id, long? aid, string? area, long votes)
    {
        var data = JsonSerializer.Serialize(new { annotationId = aid, area, votes });
        return b.PublishAsync(id, "votes", data, "votes", data);
    }

    public static Task WorkshopAsync(this WorkshopBroadcaster b, Guid id, WorkshopDetails details)
    {
        var data = JsonSerializer.Serialize(details with { JoinCode = null }, JsonSerializerOptions.Web);
        return b.PublishAsync(id, "workshop", data, "workshop", data);
    }

    /// <summary>The same feature with <c>mine</c> cleared: what every other screen receives.</summary>
    public static string ForOthers(string feature)
    {
        var node = JsonNode.Parse(feature)!;
        node["properties"]!["mine"] = false;
        return node.ToJsonString();
    }

    private static string Removed(long aid) => JsonSerializer.Serialize(new { id = aid });
}
