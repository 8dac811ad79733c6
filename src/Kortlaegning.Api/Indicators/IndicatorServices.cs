namespace Kortlaegning.Api.Indicators;

public static class IndicatorServices
{
    public static IServiceCollection AddIndicators(this IServiceCollection services) => services
        .AddSingleton<IndicatorStore>()
        .AddSingleton<IndicatorDefinitions>()
        .AddSingleton<IndicatorCatalogue>()
        .AddSingleton<Disclosure>()
        .AddSingleton<ValueWriter>()
        .AddSingleton<IndicatorImport>()
        .AddSingleton<OwnIndicatorStore>()
        .AddSingleton(_ => new HousingFactsFile());
}
