using System.Globalization;
using System.Text.RegularExpressions;
using Kortlaegning.Api.Areas;
using Kortlaegning.Api.Indicators;
using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Api.Infrastructure.Localisation;
using Kortlaegning.Api.Infrastructure.Validation;
using Kortlaegning.Domain.Boundaries;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kortlaegning.Api.Ogc;

/// <summary>
/// Indicator values as OGC feature collections, one per indicator and level: <c>indicator:{code}:{level}</c> (e.g.
/// <c>indicator:dst.premature_mortality:municipality</c>), the area geometry with value, interval, counts and note,
/// <c>period</c> a parameter (default the latest at the level). Values come through the same public view as
/// <c>/api/indicators/{code}/values</c>, so what disclosure control suppressed is null with note "suppressed" here too.
/// </summary>
public static partial class OgcIndicatorCollections
{
    public const string Prefix = "indicator:";

    internal static readonly string[] ItemsParameters = ["bbox", "bbox-crs", "limit", "offset", "crs", "period", "filter", "filter-lang", "filter-crs", "f"];

    internal static readonly string[] ItemParameters = ["crs", "period", "f"];

    [GeneratedRegex(@"^indicator:(?<code>[a-z0-9][a-z0-9._-]{0,99}):(?<level>[a-z_]+)$")]
    private static partial Regex Id();

    public static bool IsIndicator(string id) => id.StartsWith(Prefix, StringComparison.Ordinal);

    public static string CollectionId(string code, string level) => $"{Prefix}{code}:{level}";

    /// <summary>The feature properties of an indicator collection.</summary>
    public sealed record Properties(
        string Code, string Name, string? MunicipalityCode, string Indicator, string Level, string Period, string Unit,
        double? Value, double? Numerator, double? Denominator, double? CiLow, double? CiHigh, string? Note);

    /// <summary>One collection per indicator and level it has values at, with that level's extent.</summary>
    internal static async Task<List<OgcEndpoints.CollectionInfo>> CollectionsAsync(string baseUrl, AreaStore areas, IndicatorCatalogue catalogue, CancellationToken ct)
    {
        var extents = (await areas.ExtentsAsync(ct)).ToDictionary(e => e.Level);
        var list = new List<OgcEndpoints.CollectionInfo>();
        foreach (var info in await catalogue.ListAsync(null, ct))
        {
            foreach (var level in info.Levels.Where(extents.ContainsKey))
            {
                var id = CollectionId(info.Code, level);
                var e = extents[level].Extent;
                var self = $"{baseUrl}/collections/{Uri.EscapeDataString(id)}";
                list.Add(new OgcEndpoints.CollectionInfo(id, $"{info.Name.Da} / {info.Name.En} ({level}, {info.Unit})", "feature", OgcCrs.All, OgcCrs.Storage,
                    new OgcEndpoints.Extent(new OgcEndpoints.SpatialExtent([[e.MinLon, e.MinLat, e.MaxLon, e.MaxLat]], OgcCrs.Crs84)),
                    [
                        new OgcEndpoints.Link($"{self}/items", "items", GeoJsonText.MediaType), new OgcEndpoints.Link(self, "self", "application/json"),
                        new OgcEndpoints.Link($"{self}/queryables", "http://www.opengis.net/def/rel/ogc/1.0/queryables", OgcEndpoints.QueryablesMediaType),
                        .. OgcEndpoints.Enclosures($"{self}/items"),
                    ]));
            }
        }
        return list;
    }

    /// <summary>The indicator and level an id names, or a 404.</summary>
    internal static async Task<(IndicatorInfo Info, AreaLevel Level)?> ResolveAsync(string id, IndicatorCatalogue catalogue, CancellationToken ct)
    {
        var m = Id().Match(id);
        if (!m.Success || !EnumNames.TryParse<AreaLevel>(m.Groups["level"].Value, out var level)) return null;
        if (await catalogue.FindAsync(m.Groups["code"].Value, ct) is not { } info || !info.Levels.Contains(level.Name())) return null;
        return (info, level);
    }

    internal static async Task<Results<ContentHttpResult, ProblemHttpResult>> ItemsAsync(
        string id, OgcItemsParameters query, HttpRequest request, HttpResponse response, string baseUrl,
        IndicatorCatalogue catalogue, IndicatorStore indicators, OgcIndicatorSource source, CancellationToken ct)
    {
        if (await ResolveAsync(id, catalogue, ct) is not var (info, level)) return Problems.NotFound(Texts.NoCollectionListed.Format(id));
        var errors = new FieldErrors();
        OgcEndpoints.CheckParameters(request, ItemsParameters, errors);
        // The area filter's validation (bbox, CRSs, limit, offset) is reused; sortby and properties are not taken here.
        var area = query.ToFilter(level, errors, OgcIndicatorSource.QueryableTypes);
        var period = await IndicatorPeriod.PeriodAsync(info, query.Period, level.Name(), errors, indicators, ct);
        if (area is null || period is null || errors.Any) return errors.ToProblem(AreaParameters.ProblemTitle);
        var q = new IndicatorFeatureQuery(info.Code, level.Name(), period, area.Crs, area.Limit!.Value, area.Offset)
        {
            Bbox = area.Bbox,
            BboxSrid = area.BboxSrid,
            Cql = area.Cql,
            CqlCrs = area.CqlCrs,
        };
        var rows = await source.RowsAsync(q, ct);
        long matched = await source.CountAsync(q, ct);
        var crs = OgcCrs.Supported.First(kv => kv.Value == area.Crs).Key;
        var rest = "&period=" + Uri.EscapeDataString(period) + OgcEndpoints.LinkRest(query, area);
        var items = $"{baseUrl}/collections/{Uri.EscapeDataString(id)}/items";
        string Page(int o) => $"{items}?limit={q.Limit.ToString(CultureInfo.InvariantCulture)}&offset={o.ToString(CultureInfo.InvariantCulture)}{rest}";
        var links = new List<OgcEndpoints.Link> { new(Page(q.Offset), "self", GeoJsonText.MediaType) };
        if (q.Offset + q.Limit < matched) links.Add(new OgcEndpoints.Link(Page(q.Offset + q.Limit), "next", GeoJsonText.MediaType));
        if (q.Offset > 0) links.Add(new OgcEndpoints.Link(Page(Math.Max(0, q.Offset - q.Limit)), "prev", GeoJsonText.MediaType));
        links.Add(new OgcEndpoints.Link($"{baseUrl}/collections/{Uri.EscapeDataString(id)}", "collection", "application/json"));
        response.Headers["Content-Crs"] = OgcCrs.Header(crs);
        return GeoJsonText.Ok(GeoJsonText.Collection(
            [
                new("numberMatched", matched), new("numberReturned", rows.Count),
                new("indicator", info.Code), new("period", period), new("links", links), new("sources", new[] { info.Source }),
            ],
            rows.Select(r => Feature(r, info, level, period))));
    }

    internal static async Task<Results<ContentHttpResult, ProblemHttpResult>> ItemAsync(
        string id, string fid, string? crs, string? period, HttpRequest request, HttpResponse response, string baseUrl,
        IndicatorCatalogue catalogue, IndicatorStore indicators, OgcIndicatorSource source, CancellationToken ct)
    {
        if (await ResolveAsync(id, catalogue, ct) is not var (info, level)) return Problems.NotFound(Texts.NoCollectionListed.Format(id));
        var errors = new FieldErrors();
        OgcEndpoints.CheckParameters(request, ItemParameters, errors);
        var crsUri = OgcCrs.Parse(errors, crs, "crs");
        var used = await IndicatorPeriod.PeriodAsync(info, period, level.Name(), errors, indicators, ct);
        if (crsUri is null || used is null || errors.Any) return errors.ToProblem(AreaParameters.ProblemTitle);
        var rows = await source.RowsAsync(new IndicatorFeatureQuery(info.Code, level.Name(), used, OgcCrs.Supported[crsUri], 1, 0) { Code = fid }, ct);
        if (rows.Count == 0) return Problems.NotFound(Texts.NoFeature.Format(fid, id));
        var self = $"{baseUrl}/collections/{Uri.EscapeDataString(id)}/items/{Uri.EscapeDataString(fid)}";
        response.Headers["Content-Crs"] = OgcCrs.Header(crsUri);
        return GeoJsonText.Ok(GeoJsonText.Feature(Feature(rows[0], info, level, used),
        [
            new("sources", new[] { info.Source }),
            new("links", new[] { new OgcEndpoints.Link(self, "self", GeoJsonText.MediaType), new OgcEndpoints.Link($"{baseUrl}/collections/{Uri.EscapeDataString(id)}", "collection", "application/json") }),
        ]));
    }

    private static FeatureText Feature(IndicatorFeatureRow r, IndicatorInfo info, AreaLevel level, string period) =>
        new(r.Code, r.Geometry, new Properties(r.Code, r.Name, r.MunicipalityCode, info.Code, level.Name(), period, info.Unit,
            r.Value, r.Numerator, r.Denominator, r.CiLow, r.CiHigh, r.Note));
}
