using Kortlaegning.Api.Areas;
using Kortlaegning.Api.Catalog;
using Kortlaegning.Api.Grid;
using Kortlaegning.Api.Health;
using Kortlaegning.Api.Tiles;

namespace Kortlaegning.Api.ReferenceData;

public static class ReferenceDataServices
{
    /// <summary>
    /// The catalogue, the stores of the reference data (areas, grid, their tiles, the health check), the boundary
    /// importer and one loader per kind of catalogue dataset, in no particular order.
    /// </summary>
    public static IServiceCollection AddReferenceData(this IServiceCollection services) => services
        .AddSingleton(_ => DataCatalog.Load())
        .AddSingleton<AreaStore>()
        .AddSingleton<GridStore>()
        .AddSingleton<TileSource>()
        .AddSingleton<HealthStore>()
        .AddSingleton<AreaImporter>()
        .AddSingleton<OwnAreaImporter>()
        .AddSingleton<DemographyFiles>()
        .AddSingleton<IDatasetLoader, BoundaryDatasetLoader>()
        .AddSingleton<IDatasetLoader, HealthProfileLoader>()
        .AddSingleton<IDatasetLoader, PopulationLoader>()
        .AddSingleton<IDatasetLoader, PrematureMortalityLoader>()
        .AddSingleton<IDatasetLoader, LifeExpectancyLoader>()
        .AddSingleton<IDatasetLoader, GridLoader>()
        .AddSingleton<IDatasetLoader, ApplicationFactsLoader>()
        .AddSingleton<ReferenceDataLoader>();
}
