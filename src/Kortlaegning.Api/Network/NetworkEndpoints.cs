using System.Text.Json;
using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Api.Infrastructure.Localisation;
using Kortlaegning.Api.Infrastructure.Validation;
using Kortlaegning.Domain.Distance;
using Kortlaegning.Domain.Network;
using Kortlaegning.Domain.Spatial;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace Kortlaegning.Api.Network;

public static class NetworkEndpoints
{
    /// <summary>Half-width of the band around the reached streets that the isochrone's area shows, metres.</summary>
    private const double AreaBufferMetres = 40;

    private static readonly GeometryFactory LonLat = new(new PrecisionModel(), 4326);

    private static readonly JsonSerializerOptions GeoJson = new() { Converters = { new GeoJsonConverterFactory(LonLat) } };

    public static void MapNetwork(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/network").WithTags("Network");
        group.MapGet("", Status).WithName("GetNetwork")
            .WithSummary("The loaded street networks (walk, bike): source file, edges, vertices, kilometres, when loaded; the snapping distance.");
        group.MapGet("/isochrone", Isochrone).WithName("GetIsochrone")
            .WithSummary("Streets reachable within N minutes on foot (80 m/min) or by bicycle (250 m/min) from a point, as GeoJSON (EPSG:4326).")
            .WithDescription("lon, lat (required, WGS84), minutes (1–60, default 15), mode=walk (default) or bike. Two features: the reached streets " +
                             "(whole and part-way) and the area within 40 m of them. 409 when no network of that mode is loaded; the distance provider and the " +
                             "snapping distance of the point are in the collection's members.");
    }

    internal static async Task<Ok<NetworkStatus>> Status(NetworkStore store, Microsoft.Extensions.Options.IOptions<NetworkOptions> options, CancellationToken ct) =>
        TypedResults.Ok(new NetworkStatus(await store.StatusAsync(ct), options.Value.SnapMetres));

    internal static async Task<Results<ContentHttpResult, ProblemHttpResult>> Isochrone([AsParameters] IsochroneQuery query, DistanceProviders providers, CancellationToken ct)
    {
        var errors = new FieldErrors();
        double lon = 0, lat = 0, minutes = 15;
        if (!double.TryParse(query.Lon, System.Globalization.CultureInfo.InvariantCulture, out lon)) errors.Add("lon", Texts.LonRequired.Get());
        if (!double.TryParse(query.Lat, System.Globalization.CultureInfo.InvariantCulture, out lat)) errors.Add("lat", Texts.LatRequired.Get());
        if (!errors.Any && !Crs.InDenmark(lon, lat)) errors.Add("lon", Texts.NotInDenmark.Format(lon.ToString(System.Globalization.CultureInfo.InvariantCulture), lat.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (query.Minutes is not null && (!double.TryParse(query.Minutes, System.Globalization.CultureInfo.InvariantCulture, out minutes) || minutes < 1 || minutes > TravelSpeed.MaxMinutes))
        {
            errors.Add("minutes", Texts.MinutesRule.Format(Math.Round(TravelSpeed.MaxMinutes)));
        }
        var mode = DistanceMode.Walk;
        if (query.Mode is not null && (!EnumNames.TryParse(query.Mode, out mode) || mode == DistanceMode.Straight))
        {
            errors.Add("mode", Texts.ModeWalkOrBike.Get());
        }
        if (!!errors.Any) return errors.ToProblem("Invalid isochrone request");
        NetworkDistance network;
        try
        {
            network = (NetworkDistance)await providers.GetAsync(mode, ct);
        }
        catch (NetworkMissingException e)
        {
            return DistanceProviders.Missing(e);
        }
        var origin = Crs.ToUtm32(lon, lat);
        double metres = minutes * TravelSpeed.MetresPerMinute(network.Profile);
        var snap = network.Snap([origin])[0];
        var lines = network.Reach(origin, metres);
        var planar = new GeometryFactory(new PrecisionModel(), 25832);
        var streets = planar.CreateMultiLineString(lines.Select(l => planar.CreateLineString(l.Select(p => new Coordinate(p.X, p.Y)).ToArray())).ToArray());
        var area = lines.Count > 0 ? streets.Buffer(AreaBufferMetres) : planar.CreatePolygon();
        var members = new Dictionary<string, object?>
        {
            ["distance"] = network.Name,
            ["mode"] = EnumNames.Name(mode),
            ["minutes"] = minutes,
            ["metres"] = metres,
            ["metresPerMinute"] = TravelSpeed.MetresPerMinute(network.Profile),
            ["reachable"] = snap.Reachable,
            ["snapMetres"] = snap.Reachable ? Math.Round(snap.Metres, 1) : null,
            ["snapLimitMetres"] = network.SnapMetres,
        };
        var features = new[]
        {
            new FeatureText("area", Write(area), new { kind = "area", bufferMetres = AreaBufferMetres }),
            new FeatureText("streets", Write(streets), new { kind = "streets", segments = lines.Count }),
        };
        return GeoJsonText.Ok(GeoJsonText.Collection(members, features));
    }

    private static string Write(Geometry planar)
    {
        var g = planar.Copy();
        g.Apply(new ToLonLat());
        g.SRID = 4326;
        return JsonSerializer.Serialize(g, GeoJson);
    }

    /// <summary>EPSG:25832 → WGS84 in place, 7 decimals (~1 cm).</summary>
    private sealed class ToLonLat : ICoordinateSequenceFilter
    {
        public bool Done => false;
        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq, int i)
        {
            var (x, y) = Crs.ToLonLat(new PlanarPoint(seq.GetX(i), seq.GetY(i)));
            seq.SetX(i, Math.Round(x, 7));
            seq.SetY(i, Math.Round(y, 7));
        }
    }
}

public sealed record IsochroneQuery(
    [FromQuery(Name = "lon")] string? Lon,
    [FromQuery(Name = "lat")] string? Lat,
    [FromQuery(Name = "minutes")] string? Minutes,
    [FromQuery(Name = "mode")] string? Mode);

/// <summary>What <c>GET /api/network</c> and <c>/healthz</c> say about the street networks.</summary>
public sealed record NetworkStatus(IReadOnlyList<NetworkLoad> Networks, double SnapMetres);
