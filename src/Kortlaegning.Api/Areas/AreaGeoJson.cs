using System.Text.Json.Serialization;
using Kortlaegning.Api.Infrastructure;

namespace Kortlaegning.Api.Areas;

/// <summary>
/// The one GeoJSON writer for areas (RFC 7946, EPSG:4326), used by <c>/api/areas</c> and by OGC API – Features
/// (<c>/ogc/collections/{level}/items</c>): the same properties everywhere. Only the feature id differs:
/// <c>level:code</c> in the service's own API, where levels are mixed (a parish and a postcode can share a code), and
/// the bare code in OGC, where a collection is one level and the id is the <c>{featureId}</c> of its item URL.
/// </summary>
public static class AreaGeoJson
{
    /// <summary>
    /// The properties of an area feature; <c>parents</c> only on a single area; <c>version</c>, <c>state</c> (draft or
    /// published) and <c>facts</c> (organisation, homes, residents, …) only on own areas.
    /// </summary>
    public sealed record Properties(
        string Level,
        string Code,
        string Name,
        string? MunicipalityCode,
        double AreaKm2,
        string Source,
        int? SourceYear,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ParentRef>? Parents = null,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Version = null,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] AreaFacts? Facts = null,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? State = null);

    public static string ApiId(AreaRow area) => $"{area.Level}:{area.Code}";

    public static string OgcId(AreaRow area) => area.Code;

    public static FeatureText Feature(AreaRow area, Func<AreaRow, string> id, IReadOnlyList<ParentRef>? parents = null) =>
        new(id(area), area.Geometry, new Properties(area.Level, area.Code, area.Name, area.MunicipalityCode, area.AreaKm2, area.Source, area.SourceYear, parents,
            area.Facts is null ? null : area.Version, area.Facts, area.Facts is null ? null : area.State));

    /// <summary>A FeatureCollection of areas, with foreign members (sources, paging links …) before the features.</summary>
    public static string Collection(IEnumerable<KeyValuePair<string, object?>> members, IEnumerable<AreaRow> areas, Func<AreaRow, string> id) =>
        GeoJsonText.Collection(members, areas.Select(a => Feature(a, id)));

    /// <summary>One area with its parents and its source, as <c>/api/areas/{level}/{code}</c> answers.</summary>
    public static string One(AreaRow area, Func<AreaRow, string> id, IReadOnlyList<ParentRef> parents, IReadOnlyList<SourceNote> sources) =>
        GeoJsonText.Feature(Feature(area, id, parents), [new("sources", sources)]);
}
