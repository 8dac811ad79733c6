namespace Kortlaegning.Api.Facilities;

/// <summary>
/// The in-process dispatcher of <see cref="FacilitiesChanged"/>: runs every <see cref="IFacilityChangeHandler"/> after
/// the write has committed and before the write's answer is sent, so a client that reads derived values (access
/// indicators, rankings) after a write returns sees them in step, as before events existed.
/// </summary>
public sealed class FacilityChanges(IEnumerable<IFacilityChangeHandler> handlers, IHostApplicationLifetime lifetime, ILogger<FacilityChanges> log)
{
    /// <summary>
    /// The write is committed whatever happens here, so a handler runs on the application's stopping token rather than the
    /// request's: a client that disconnects must not leave the derived values behind the facilities. A failing handler is
    /// logged, not thrown: answering 500 for a committed write would invite a retry that writes the facility twice.
    /// </summary>
    public async Task PublishAsync(FacilitiesChanged change)
    {
        if (change.Types.Count == 0) return;
        foreach (var handler in handlers)
        {
            try
            {
                await handler.HandleAsync(change, lifetime.ApplicationStopping);
            }
            catch (Exception e) when (!lifetime.ApplicationStopping.IsCancellationRequested)
            {
                log.LogError(e, "{Handler} failed after a change to facilities of type(s) {Types}; its data lags until the next change of those types or a reference data reload.",
                    handler.GetType().Name, string.Join(", ", change.Types));
            }
        }
    }
}
