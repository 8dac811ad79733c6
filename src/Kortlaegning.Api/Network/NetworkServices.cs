namespace Kortlaegning.Api.Network;

public static class NetworkServices
{
    /// <summary>
    /// Street networks: the import, the store, the in-memory graphs (per profile, keyed by the loaded version) and the
    /// distance providers by mode that access, planning and isochrones ask (docs/network.md).
    /// </summary>
    public static IServiceCollection AddNetwork(this IServiceCollection services)
    {
        services.AddOptions<NetworkOptions>().BindConfiguration(NetworkOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services
            .AddSingleton<NetworkStore>()
            .AddSingleton<NetworkGraphs>()
            .AddSingleton<DistanceProviders>()
            .AddSingleton<NetworkImporter>();
    }
}
