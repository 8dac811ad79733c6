using System.Buffers.Binary;
using System.Text;
using Google.FlatBuffers;
using NetTopologySuite.Geometries;

namespace Kortlaegning.Api.Ogc.Files;

/// <summary>
/// Writes FlatGeobuf 3 (https://flatgeobuf.org; schema <c>src/fbs/header.fbs</c> and <c>feature.fbs</c> of
/// flatgeobuf/flatgeobuf) with Google.FlatBuffers. No FlatGeobuf package for .NET is served here
/// (NetTopologySuite.IO.FlatGeobuf is not on the mirror), and the format is two small FlatBuffers tables, so the
/// tables are built by hand from the schema's field order. Layout: 8 magic bytes, the size-prefixed Header, then every
/// Feature size-prefixed. There is no spatial index (<c>index_node_size = 0</c>): a download is read whole, and GDAL,
/// QGIS and the JavaScript reader all read index-less files (the index serves HTTP range requests of a hosted file).
/// </summary>
public static class FlatGeobufFile
{
    public const string MediaType = "application/flatgeobuf";

    /// <summary>"fgb", major version 3, "fgb", patch 0.</summary>
    private static readonly byte[] Magic = [0x66, 0x67, 0x62, 0x03, 0x66, 0x67, 0x62, 0x00];

    // Field slots in schema order (a table's vtable index is its field's position in the .fbs).
    private const int HeaderName = 0, HeaderEnvelope = 1, HeaderGeometryType = 2, HeaderColumns = 7, HeaderFeaturesCount = 8,
        HeaderIndexNodeSize = 9, HeaderCrs = 10, HeaderTitle = 11, HeaderDescription = 12, HeaderFields = 14;
    private const int ColumnName = 0, ColumnType = 1, ColumnFields = 11;
    private const int CrsOrg = 0, CrsCode = 1, CrsNameField = 2, CrsWkt = 4, CrsFields = 6;
    private const int GeometryEnds = 0, GeometryXy = 1, GeometryTypeField = 6, GeometryParts = 7, GeometryFields = 8;
    private const int FeatureGeometry = 0, FeatureProperties = 1, FeatureFields = 3;

    /// <summary>The schema's GeometryType (the WKB numbers) and ColumnType values used here.</summary>
    private enum FgbGeometry : byte { Unknown = 0, Point = 1, LineString = 2, Polygon = 3, MultiPoint = 4, MultiLineString = 5, MultiPolygon = 6, GeometryCollection = 7 }

    private enum FgbColumn : byte { Bool = 2, Long = 7, Double = 10, String = 11 }

    public static byte[] Write(GisLayer layer, string srsWkt)
    {
        using var file = new MemoryStream();
        file.Write(Magic);
        file.Write(Header(layer, srsWkt));
        var builder = new FlatBufferBuilder(4096);
        var properties = new MemoryStream();
        foreach (var feature in layer.Features)
        {
            builder.Clear();
            properties.SetLength(0);
            file.Write(Feature(builder, feature, layer.Columns, properties));
        }
        return file.ToArray();
    }

    private static byte[] Header(GisLayer layer, string srsWkt)
    {
        var b = new FlatBufferBuilder(4096);
        var columns = layer.Columns.Select(c =>
        {
            var columnName = b.CreateString(c.Name);
            b.StartTable(ColumnFields);
            b.AddOffset(ColumnName, columnName.Value, 0);
            b.AddByte(ColumnType, (byte)Type(c.Type), 0);
            return b.EndTable();
        }).ToArray();
        var columnVector = Offsets(b, columns);
        var name = b.CreateString(layer.Name);
        var title = b.CreateString(layer.Description);
        var envelope = layer.Envelope;
        VectorOffset? extent = envelope.IsNull ? null : Doubles(b, [envelope.MinX, envelope.MinY, envelope.MaxX, envelope.MaxY]);
        var org = b.CreateString("EPSG");
        var crsName = b.CreateString("ETRS89 / UTM zone 32N");
        var wkt = b.CreateString(srsWkt);
        b.StartTable(CrsFields);
        b.AddOffset(CrsOrg, org.Value, 0);
        b.AddInt(CrsCode, GisLayer.Srid, 0);
        b.AddOffset(CrsNameField, crsName.Value, 0);
        b.AddOffset(CrsWkt, wkt.Value, 0);
        var crs = b.EndTable();

        b.StartTable(HeaderFields);
        b.AddOffset(HeaderName, name.Value, 0);
        if (extent is { } e) b.AddOffset(HeaderEnvelope, e.Value, 0);
        b.AddByte(HeaderGeometryType, (byte)(layer.GeometryType is { } t ? Type(t) : FgbGeometry.Unknown), 0);
        b.AddOffset(HeaderColumns, columnVector.Value, 0);
        b.AddUlong(HeaderFeaturesCount, (ulong)layer.Features.Count, 0);
        b.AddUshort(HeaderIndexNodeSize, 0, 16); // 0 = no index (the schema's default is 16, so it is written)
        b.AddOffset(HeaderCrs, crs, 0);
        b.AddOffset(HeaderTitle, title.Value, 0);
        b.AddOffset(HeaderDescription, title.Value, 0);
        b.FinishSizePrefixed(b.EndTable());
        return b.SizedByteArray();
    }

    private static byte[] Feature(FlatBufferBuilder b, GisFeature feature, IReadOnlyList<GisColumn> columns, MemoryStream properties)
    {
        var geometry = Geometry(b, feature.Geometry);
        WriteProperties(properties, feature.Values, columns);
        VectorOffset? props = null;
        if (properties.Length > 0)
        {
            b.StartVector(1, (int)properties.Length, 1);
            b.Add(new ArraySegment<byte>(properties.GetBuffer(), 0, (int)properties.Length));
            props = b.EndVector();
        }
        b.StartTable(FeatureFields);
        b.AddOffset(FeatureGeometry, geometry, 0);
        if (props is { } p) b.AddOffset(FeatureProperties, p.Value, 0);
        b.FinishSizePrefixed(b.EndTable());
        return b.SizedByteArray();
    }

    /// <summary>
    /// A geometry as the schema's Geometry table: flat xy pairs with <c>ends</c> (the end vertex index of each ring or
    /// line, written when there is more than one); MultiPolygon and GeometryCollection as parts. The type is written on
    /// every geometry, so a layer of mixed types (header type Unknown) reads each one right.
    /// </summary>
    private static int Geometry(FlatBufferBuilder b, Geometry g)
    {
        if (g is MultiPolygon or GeometryCollection and not (MultiPoint or MultiLineString))
        {
            var parts = Enumerable.Range(0, g.NumGeometries).Select(i => Geometry(b, g.GetGeometryN(i))).ToArray();
            var partVector = Offsets(b, parts);
            b.StartTable(GeometryFields);
            b.AddByte(GeometryTypeField, (byte)Type(g.OgcGeometryType), 0);
            b.AddOffset(GeometryParts, partVector.Value, 0);
            return b.EndTable();
        }
        var lines = g switch
        {
            Polygon p => [p.ExteriorRing, .. p.InteriorRings],
            MultiLineString m => m.Geometries.Cast<LineString>().ToArray(),
            LineString l => [l],
            _ => Array.Empty<LineString>(), // Point, MultiPoint: the coordinates alone
        };
        var coordinates = g.Coordinates;
        var xy = new double[coordinates.Length * 2];
        for (int i = 0; i < coordinates.Length; i++) (xy[2 * i], xy[(2 * i) + 1]) = (coordinates[i].X, coordinates[i].Y);
        VectorOffset? ends = null;
        if (lines.Length > 1)
        {
            var end = new uint[lines.Length];
            uint sum = 0;
            for (int i = 0; i < lines.Length; i++) end[i] = sum += (uint)lines[i].NumPoints;
            b.StartVector(4, end.Length, 4);
            b.Add(end);
            ends = b.EndVector();
        }
        var xyVector = Doubles(b, xy);
        b.StartTable(GeometryFields);
        if (ends is { } e) b.AddOffset(GeometryEnds, e.Value, 0);
        b.AddOffset(GeometryXy, xyVector.Value, 0);
        b.AddByte(GeometryTypeField, (byte)Type(g.OgcGeometryType), 0);
        return b.EndTable();
    }

    /// <summary>The properties buffer: for each value that is not null, its column index (uint16) and the value, little-endian; strings length-prefixed (uint32) UTF-8.</summary>
    private static void WriteProperties(MemoryStream s, object?[] values, IReadOnlyList<GisColumn> columns)
    {
        Span<byte> scratch = stackalloc byte[8];
        for (int i = 0; i < values.Length; i++)
        {
            if (values[i] is not { } v) continue;
            BinaryPrimitives.WriteUInt16LittleEndian(scratch, (ushort)i);
            s.Write(scratch[..2]);
            switch (columns[i].Type)
            {
                case GisColumnType.Text:
                    var bytes = Encoding.UTF8.GetBytes(Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)!);
                    BinaryPrimitives.WriteUInt32LittleEndian(scratch, (uint)bytes.Length);
                    s.Write(scratch[..4]);
                    s.Write(bytes);
                    break;
                case GisColumnType.Real:
                    BinaryPrimitives.WriteDoubleLittleEndian(scratch, Convert.ToDouble(v, System.Globalization.CultureInfo.InvariantCulture));
                    s.Write(scratch[..8]);
                    break;
                case GisColumnType.Integer:
                    BinaryPrimitives.WriteInt64LittleEndian(scratch, Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture));
                    s.Write(scratch[..8]);
                    break;
                case GisColumnType.Boolean:
                    s.WriteByte((bool)v ? (byte)1 : (byte)0);
                    break;
            }
        }
    }

    private static VectorOffset Doubles(FlatBufferBuilder b, double[] values)
    {
        b.StartVector(8, values.Length, 8);
        b.Add(values);
        return b.EndVector();
    }

    private static VectorOffset Offsets(FlatBufferBuilder b, int[] tables)
    {
        b.StartVector(4, tables.Length, 4);
        for (int i = tables.Length - 1; i >= 0; i--) b.AddOffset(tables[i]);
        return b.EndVector();
    }

    private static FgbColumn Type(GisColumnType t) => t switch
    {
        GisColumnType.Text => FgbColumn.String,
        GisColumnType.Real => FgbColumn.Double,
        GisColumnType.Integer => FgbColumn.Long,
        GisColumnType.Boolean => FgbColumn.Bool,
        _ => throw new ArgumentOutOfRangeException(nameof(t)),
    };

    private static FgbGeometry Type(OgcGeometryType t) => t switch
    {
        OgcGeometryType.Point => FgbGeometry.Point,
        OgcGeometryType.LineString => FgbGeometry.LineString,
        OgcGeometryType.Polygon => FgbGeometry.Polygon,
        OgcGeometryType.MultiPoint => FgbGeometry.MultiPoint,
        OgcGeometryType.MultiLineString => FgbGeometry.MultiLineString,
        OgcGeometryType.MultiPolygon => FgbGeometry.MultiPolygon,
        OgcGeometryType.GeometryCollection => FgbGeometry.GeometryCollection,
        _ => throw new ArgumentOutOfRangeException(nameof(t), t, "not a simple feature type"),
    };
}
