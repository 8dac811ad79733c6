using Microsoft.Extensions.Options;

namespace Kortlaegning.Api.Workshops;

/// <summary>
/// The services every workshop handler needs, bound with <c>[AsParameters]</c> so a handler's own parameters are the
/// route, the body and the caller.
/// </summary>
public sealed record WorkshopHandlerServices(WorkshopStore Store, WorkshopBroadcaster Events, IOptions<WorkshopOptions> Options)
{
    public WorkshopOptions Settings => Options.Value;
}
