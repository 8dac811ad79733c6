using Kortlaegning.Api.Data;
using Kortlaegning.Api.Infrastructure.Validation;
using Kortlaegning.Domain.Network;

namespace Kortlaegning.Api.Network;

/// <summary>
/// <c>kortlaegning import network --file F [--profile walk|bike] [--municipality CODE]</c>: exit 0 imported, 1 refused
/// (nothing changed; the message says why), 2 usage.
/// </summary>
public static class NetworkCommand
{
    public const string Usage = """
          kortlaegning import network --file EXTRACT.osm.pbf|.osm|.geojson|.gpkg [--profile walk|bike] [--municipality CODE]
            (street network for walking/cycling distance; .osm.pbf needs osmium, .gpkg ogr2ogr; docs/network.md)
        """;

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyDictionary<string, string?> o)
    {
        var profile = NetworkProfile.Walk;
        if (o.GetValueOrDefault("file") is not { } file || (o.GetValueOrDefault("profile") is { } p && !EnumNames.TryParse(p, out profile)))
        {
            Console.Error.WriteLine("import network needs --file, and --profile is walk or bike.\nusage:\n" + Usage);
            return 2;
        }
        await services.GetRequiredService<DatabaseInitialiser>().RunAsync();
        try
        {
            Console.WriteLine($"Importing {file} as the {NetworkStore.ProfileName(profile)} network …");
            var load = await services.GetRequiredService<NetworkImporter>().ImportAsync(new NetworkImportRequest(file, profile, o.GetValueOrDefault("municipality")), CancellationToken.None);
            Console.WriteLine($"Imported the {load.Profile} network from {load.Source}: {load.Edges} edges, {load.Vertices} vertices, {load.Kilometres:0.0} km (version {load.Version}).");
            return 0;
        }
        catch (NetworkImportException e)
        {
            Console.Error.WriteLine($"Nothing imported: {e.Message}");
            return 1;
        }
    }
}
