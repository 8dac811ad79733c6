using Kortlaegning.Api.Infrastructure.Data;
using Kortlaegning.Api.Ogc.Files;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Kortlaegning.Api.Facilities;

/// <summary>Facilities as a GIS layer (GeoPackage, FlatGeobuf, Shapefile): the list's filters, every field of the GeoJSON.</summary>
public sealed partial class FacilityStore
{
    private static readonly string LayerSql = $"""
        SELECT f.id, f.name, f.type, f.address, f.organisation, f.capacity, f.setting, f.step_free, f.bookable, f.contact,
               f.opening_hours, f.notes, array_to_string(f.tags, ', ') AS tags, f.source, f.last_verified::text AS last_verified,
               f.candidate_spot, f.illustrative, f.municipality, f.state, f.version, ST_AsBinary(ST_ForcePolygonCCW(f.geom)) AS wkb
          FROM facilities f
         WHERE {FilterSql}
         ORDER BY f.id
         LIMIT @limit OFFSET @offset
        """;

    private static readonly GisColumn[] LayerColumns =
    [
        new("id", GisColumnType.Integer), new("name", GisColumnType.Text), new("type", GisColumnType.Text), new("type_name", GisColumnType.Text),
        new("address", GisColumnType.Text), new("organisation", GisColumnType.Text, "organisatn"), new("capacity", GisColumnType.Integer),
        new("setting", GisColumnType.Text), new("step_free", GisColumnType.Boolean), new("bookable", GisColumnType.Text),
        new("contact", GisColumnType.Text), new("opening_hours", GisColumnType.Text, "open_hours"), new("notes", GisColumnType.Text),
        new("tags", GisColumnType.Text), new("source", GisColumnType.Text), new("last_verified", GisColumnType.Text, "verified"),
        new("candidate_spot", GisColumnType.Boolean, "cand_spot"), new("illustrative", GisColumnType.Boolean, "illustrtv"),
        new("municipality_code", GisColumnType.Text, "muni_code"), new("state", GisColumnType.Text), new("version", GisColumnType.Integer),
    ];

    /// <summary>The facilities the list would answer, with <c>type_name</c> the type's Danish name (a code is not for people).</summary>
    public async Task<GisLayer> LayerAsync(FacilityFilter filter, FacilityTypes types, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(LayerSql);
        AddFilter(cmd, filter);
        var reader = new WKBReader();
        var features = new List<GisFeature>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            var type = r.Get<string>("type");
            features.Add(new GisFeature(reader.Read(r.Get<byte[]>("wkb")),
            [
                r.Get<int>("id"), r.Get<string>("name"), type, types.Find(type)?.NameDa, r.Get<string?>("address"), r.Get<string?>("organisation"),
                r.Get<int?>("capacity"), r.Get<string>("setting"), r.Get<bool?>("step_free"), r.Get<string?>("bookable"), r.Get<string?>("contact"),
                r.Get<string?>("opening_hours"), r.Get<string?>("notes"), r.Get<string?>("tags"), r.Get<string>("source"), r.Get<string?>("last_verified"),
                r.Get<bool>("candidate_spot"), r.Get<bool>("illustrative"), r.Get<string?>("municipality"), r.Get<string>("state"), r.Get<int>("version"),
            ]));
        }
        return new GisLayer("facilities", "Kortlægning: facilities", LayerColumns, features, OgcGeometryType.Point);
    }
}
