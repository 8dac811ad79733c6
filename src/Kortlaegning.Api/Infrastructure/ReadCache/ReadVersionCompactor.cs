namespace Kortlaegning.Api.Infrastructure.ReadCache;

/// <summary>Folds the read-version rows into one every few minutes, so reading the version stays one small sum.</summary>
public sealed class ReadVersionCompactor(ReadVersionStore store, ILogger<ReadVersionCompactor> log) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stop)
    {
        using var timer = new PeriodicTimer(Every);
        while (await timer.WaitForNextTickAsync(stop))
        {
            try
            {
                await store.CompactAsync(stop);
            }
            catch (Exception e) when (e is Npgsql.NpgsqlException or TimeoutException)
            {
                log.LogWarning(e, "Compacting the read version failed; trying again in {Minutes} min", Every.TotalMinutes);
            }
        }
    }
}
