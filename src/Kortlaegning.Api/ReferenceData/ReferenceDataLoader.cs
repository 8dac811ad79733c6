using System.Security.Cryptography;
using Kortlaegning.Api.Catalog;
using Kortlaegning.Api.Data;
using Kortlaegning.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kortlaegning.Api.ReferenceData;

/// <summary>
/// Loads the catalogue's autoload datasets from the data directory, in catalogue order, skipping any whose file
/// (by SHA-256) is already loaded — so a restart is fast and a new file version is picked up. A new boundary file
/// reloads every later dataset too, since their values and the grid allocation hang on the areas. A missing data
/// directory or file is logged, not fatal: the service must work with what is present.
/// </summary>
public sealed class ReferenceDataLoader(
    DataCatalog catalog,
    IEnumerable<IDatasetLoader> loaders,
    IDbContextFactory<KortlaegningDb> dbs,
    IOptions<KortlaegningOptions> options,
    ILogger<ReferenceDataLoader> log)
{
    public async Task<IReadOnlyList<string>> LoadAsync(CancellationToken ct = default)
    {
        var done = new List<string>();
        bool boundariesChanged = false;
        var dataDir = PathResolver.FindDirectory(options.Value.DataDir);
        if (dataDir is null)
        {
            log.LogWarning("Data directory {DataDir} not found: only our own curated tables are loaded", options.Value.DataDir);
        }
        foreach (var dataset in catalog.Datasets.Where(d => d.Autoload))
        {
            var loader = loaders.FirstOrDefault(l => l.Handles(dataset));
            if (loader is null) continue;
            var folder = dataset.InRepo ? Path.Combine(AppContext.BaseDirectory, "data") : dataDir;
            if (folder is null) continue;
            var path = Path.Combine(folder, dataset.File);
            if (!File.Exists(path))
            {
                log.LogWarning("{Dataset}: {Path} not found, skipped", dataset.Id, path);
                continue;
            }
            var sha = await Sha256Async(path, ct);
            await using var db = await dbs.CreateDbContextAsync(ct);
            var previous = await db.Set<DatasetLoad>().FindAsync([dataset.Id], ct);
            // Everything after a boundary change is reloaded: values join on areas, and the grid is allocated to them.
            if (previous?.FileSha256 == sha && !(boundariesChanged && dataset.Kind != "boundaries")) continue;

            log.LogInformation("{Dataset}: loading {Path}", dataset.Id, path);
            var (rows, summary) = await loader.LoadAsync(dataset, path, ct);
            if (previous is null)
            {
                db.Set<DatasetLoad>().Add(new DatasetLoad { DatasetId = dataset.Id, FileSha256 = sha, LoadedAt = DateTimeOffset.UtcNow, Rows = rows, Summary = summary });
            }
            else
            {
                (previous.FileSha256, previous.LoadedAt, previous.Rows, previous.Summary) = (sha, DateTimeOffset.UtcNow, rows, summary);
            }
            await db.SaveChangesAsync(ct);
            done.Add(summary);
            boundariesChanged |= dataset.Kind == "boundaries";
        }
        return done;
    }

    private static async Task<string> Sha256Async(string path, CancellationToken ct)
    {
        await using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, ct));
    }
}
