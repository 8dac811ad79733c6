namespace Kortlaegning.Api.Indicators;

public static class IndicatorServices
{
    public static IServiceCollection AddIndicators(this IServiceCollection services) => services
        .AddSingleton<IndicatorDefinitions>()
        .AddSingleton<IndicatorCatalogue>()
        .AddSingleton<Disclosure>()
        .AddSingleton<ValueWriter>()
        .AddSingleton<IndicatorImport>();
}
