using System.Text.Json;
using System.Text.Json.Nodes;
using Kortlaegning.Domain.Workshops;

namespace Kortlaegning.Api.Workshops;

/// <summary>The events a workshop's screens receive (<see cref="WorkshopBroadcaster"/>).</summary>
internal static class WorkshopEvents
{
    /// <summary>A new or changed item: facilitators always see it; others see it only while published, else its removal.</summary>
    public static void Annotation(this WorkshopBroadcaster b, Guid id, long aid, string status, string feature)
    {
        var data = ForOthers(feature);
        if (ModerationStatus.IsPublic(status)) b.Publish(id, "annotation", data, "annotation", data);
        else b.Publish(id, "annotation", data, "annotation-removed", Removed(aid));
    }

    public static void AnnotationRemoved(this WorkshopBroadcaster b, Guid id, long aid) =>
        b.Publish(id, "annotation-removed", Removed(aid), "annotation-removed", Removed(aid));

    public static void Votes(this WorkshopBroadcaster b, Guid id, long? aid, string? area, long votes)
    {
        var data = JsonSerializer.Serialize(new { annotationId = aid, area, votes });
        b.Publish(id, "votes", data, "votes", data);
    }

    public static void Workshop(this WorkshopBroadcaster b, Guid id, WorkshopDetails details)
    {
        var data = JsonSerializer.Serialize(details with { JoinCode = null }, JsonSerializerOptions.Web);
        b.Publish(id, "workshop", data, "workshop", data);
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
