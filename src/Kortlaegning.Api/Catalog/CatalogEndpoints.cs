namespace Kortlaegning.Api.Catalog;

public static class CatalogEndpoints
{
    public static void MapCatalog(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/catalog").WithTags("Catalogue");
        group.MapGet("/", List).WithName("ListDatasets")
            .WithSummary("Every dataset the service uses, with official source, licence, attribution and download instructions.");
    }

    internal static IResult List(DataCatalog catalog) => TypedResults.Ok(new { datasets = catalog.Datasets });
}
