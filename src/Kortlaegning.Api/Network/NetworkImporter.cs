using System.Diagnostics;
using System.Text.Json;
using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Domain.Network;
using Kortlaegning.Domain.Spatial;
using Microsoft.Extensions.Options;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using Npgsql;

namespace Kortlaegning.Api.Network;

/// <summary>What an import asks for.</summary>
public sealed record NetworkImportRequest(string File, NetworkProfile Profile, string? Municipality);

/// <summary>
/// Imports a street network, all or nothing (docs/network.md):
/// <list type="bullet">
/// <item><c>.osm</c>: osm2pgrouting with the profile's mapconfig (data/network/mapconfig-walk.xml, -bike.xml) into a
///   staging schema; it splits ways at junctions and numbers the vertices;</item>
/// <item><c>.osm.pbf</c>/<c>.pbf</c>: osmium (Debian osmium-tool) turns it into .osm first (osm2pgrouting reads XML only);</item>
/// <item><c>.geojson</c>/<c>.json</c> or <c>.gpkg</c> (through GDAL's ogr2ogr): the municipality's own lines, every
///   one taken as walkable/cyclable, EPSG:25832 or lon/lat, with pgRouting's topology (ends within 1 cm meet);</item>
/// </list>
/// then <see cref="NetworkStore.SwapAsync"/> swaps the profile's network in one transaction, and the staging schema is dropped.
/// </summary>
public sealed class NetworkImporter(NetworkStore store, IConfiguration configuration, IOptions<NetworkOptions> options, ILogger<NetworkImporter> log)
{
    public async Task<NetworkLoad> ImportAsync(NetworkImportRequest request, CancellationToken ct)
    {
        if (!File.Exists(request.File)) throw new NetworkImportException($"No such file: {request.File}.");
        if (!await store.HasPgRoutingAsync(ct))
        {
            throw new NetworkImportException("The database has no pgrouting extension: install postgresql-15-pgrouting (scripts/deps.sh) and run `kortlaegning migrate`.");
        }
        if (request.Municipality is { } code && !await store.MunicipalityExistsAsync(code, ct))
        {
            throw new NetworkImportException($"Municipality {code} is not loaded (load-reference first, or leave out --municipality).");
        }
        string name = request.File.ToLowerInvariant();
        string schema = await store.CreateStagingAsync(ct);
        var temp = new List<string>();
        try
        {
            if (name.EndsWith(".osm.pbf", StringComparison.Ordinal) || name.EndsWith(".pbf", StringComparison.Ordinal))
            {
                string osm = Path.Combine(Path.GetTempPath(), $"{schema}.osm");
                temp.Add(osm);
                await RunAsync(options.Value.Osmium, ["cat", request.File, "-o", osm, "--overwrite"], null, ct);
                await Osm2pgroutingAsync(osm, schema, request.Profile, ct);
            }
            else if (name.EndsWith(".osm", StringComparison.Ordinal))
            {
                await Osm2pgroutingAsync(request.File, schema, request.Profile, ct);
            }
            else if (name.EndsWith(".gpkg", StringComparison.Ordinal))
            {
                string json = Path.Combine(Path.GetTempPath(), $"{schema}.geojson");
                temp.Add(json);
                await RunAsync(options.Value.Ogr2ogr, ["-f", "GeoJSON", "-t_srs", "EPSG:25832", "-nlt", "MULTILINESTRING", json, request.File], null, ct);
                await store.WriteLinesAsync(schema, ReadLines(json), ct);
            }
            else if (name.EndsWith(".geojson", StringComparison.Ordinal) || name.EndsWith(".json", StringComparison.Ordinal))
            {
                await store.WriteLinesAsync(schema, ReadLines(request.File), ct);
            }
            else
            {
                throw new NetworkImportException($"{request.File}: expected .osm, .osm.pbf, .geojson or .gpkg.");
            }
            return await store.SwapAsync(schema, request.Profile, Path.GetFileName(request.File), request.Municipality, options.Value.ClipBufferMetres, ct);
        }
        finally
        {
            await store.DropStagingAsync(schema);
            foreach (var f in temp) File.Delete(f);
        }
    }

    private async Task Osm2pgroutingAsync(string osm, string schema, NetworkProfile profile, CancellationToken ct)
    {
        string dir = PathResolver.FindDirectory(options.Value.MapConfigDir)
            ?? throw new NetworkImportException($"Mapconfig folder '{options.Value.MapConfigDir}' not found (Network:MapConfigDir).");
        string config = Path.Combine(dir, $"mapconfig-{NetworkStore.ProfileName(profile)}.xml");
        var cs = new NpgsqlConnectionStringBuilder(configuration.GetConnectionString("Kortlaegning"));
        // The password goes through the environment (libpq's PGPASSWORD), not the command line other users can read.
        await RunAsync(options.Value.Osm2pgrouting,
            ["-f", osm, "-c", config, "--schema", schema, "-d", cs.Database ?? "", "-U", cs.Username ?? "", "-h", cs.Host ?? "localhost", "-p", cs.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--clean"],
            cs.Password, ct);
    }

    /// <summary>LineStrings of a GeoJSON file (MultiLineStrings split), in EPSG:25832: lon/lat coordinates in Denmark are projected.</summary>
    internal static IEnumerable<LineString> ReadLines(string file)
    {
        var json = new JsonSerializerOptions { Converters = { new GeoJsonConverterFactory(new GeometryFactory(new PrecisionModel(), 25832)) } };
        FeatureCollection? features;
        try
        {
            using var stream = File.OpenRead(file);
            features = JsonSerializer.Deserialize<FeatureCollection>(stream, json);
        }
        catch (JsonException e)
        {
            throw new NetworkImportException($"{Path.GetFileName(file)} is not a GeoJSON FeatureCollection: {e.Message}");
        }
        var factory = new GeometryFactory(new PrecisionModel(), 25832);
        foreach (var f in features ?? [])
        {
            var g = f.Geometry;
            if (g is null) continue;
            for (int k = 0; k < g.NumGeometries; k++)
            {
                if (g.GetGeometryN(k) is not LineString { NumPoints: >= 2 } line) continue;
                var c = line.Coordinates;
                bool lonLat = c.All(p => Crs.InDenmark(p.X, p.Y));
                var coords = c.Select(p => lonLat ? Projected(p) : new Coordinate(p.X, p.Y)).ToArray();
                yield return factory.CreateLineString(coords);
            }
        }
    }

    private static Coordinate Projected(Coordinate p)
    {
        var q = Crs.ToUtm32(p.X, p.Y);
        return new Coordinate(q.X, q.Y);
    }

    private async Task RunAsync(string exe, IEnumerable<string> args, string? password, CancellationToken ct)
    {
        var start = new ProcessStartInfo(exe) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in args) start.ArgumentList.Add(a);
        if (password is not null) start.Environment["PGPASSWORD"] = password;
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new NetworkImportException($"Could not start {exe}.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new NetworkImportException($"Could not start {exe} ({e.Message}): install it (scripts/deps.sh) or set Network:{(exe.Contains("osmium") ? "Osmium" : exe.Contains("ogr") ? "Ogr2ogr" : "Osm2pgrouting")}.");
        }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync(ct);
            var stderr = process.StandardError.ReadToEndAsync(ct);
            await process.WaitForExitAsync(ct);
            string output = await stdout, errors = await stderr;
            log.LogDebug("{Exe}: {Output}", exe, output);
            // osm2pgrouting reports a bad file or config on stdout and may still exit 0: its "Failed" lines are errors too.
            var failed = output.Split('\n').FirstOrDefault(l => l.Contains("Failed", StringComparison.OrdinalIgnoreCase) || l.Contains("not well-formed", StringComparison.OrdinalIgnoreCase));
            if (process.ExitCode != 0 || failed is not null)
            {
                string detail = (errors + "\n" + (failed ?? "")).Trim();
                throw new NetworkImportException($"{Path.GetFileName(exe)} failed (exit {process.ExitCode}): {detail[..Math.Min(detail.Length, 500)]}");
            }
        }
    }
}
