using Kortlaegning.Domain.Workshops;
using Microsoft.Extensions.Options;

namespace Kortlaegning.Api.Workshops;

/// <summary>
/// Refuses a "Workshops" section that cannot work, at start-up rather than at the first workshop: a text limit beyond
/// the <c>workshop_annotations.text</c> column (2,000 characters), default dots beyond <see cref="WorkshopLimits.MaxVoteLimit"/>,
/// and non-positive sizes or rates.
/// </summary>
public sealed class WorkshopOptionsValidator : IValidateOptions<WorkshopOptions>
{
    /// <summary>The length of the <c>workshop_annotations.text</c> column.</summary>
    public const int TextColumnLength = 2000;

    public ValidateOptionsResult Validate(string? name, WorkshopOptions o)
    {
        var problems = new List<string>();
        if (!double.IsFinite(o.ExtentBufferMetres) || o.ExtentBufferMetres < 0) problems.Add("Workshops:ExtentBufferMetres must be 0 or more.");
        if (o.MaxVertices < 1) problems.Add("Workshops:MaxVertices must be at least 1.");
        if (o.MaxTextLength is < 1 or > TextColumnLength) problems.Add($"Workshops:MaxTextLength must be 1–{TextColumnLength}.");
        if (o.DefaultVoteLimit is < 0 or > WorkshopLimits.MaxVoteLimit) problems.Add($"Workshops:DefaultVoteLimit must be 0–{WorkshopLimits.MaxVoteLimit}.");
        if (o.RateLimitBurst < 1) problems.Add("Workshops:RateLimitBurst must be at least 1.");
        if (o.RateLimitPerMinute < 1) problems.Add("Workshops:RateLimitPerMinute must be at least 1.");
        if (o.EventBacklog < 1) problems.Add("Workshops:EventBacklog must be at least 1.");
        if (o.EventRetentionHours < 1) problems.Add("Workshops:EventRetentionHours must be at least 1.");
        if (o.SubscriberQueue < 1) problems.Add("Workshops:SubscriberQueue must be at least 1.");
        if (o.HeartbeatSeconds < 1) problems.Add("Workshops:HeartbeatSeconds must be at least 1.");
        if (o.PublicBaseUrl.Length > 0 && !Uri.TryCreate(o.PublicBaseUrl, UriKind.Absolute, out _)) problems.Add("Workshops:PublicBaseUrl must be an absolute URL or empty.");
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
