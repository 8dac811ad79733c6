using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kortlaegning.Api.Infrastructure;

/// <summary>A GeoJSON document built by PostGIS, sent as it is with the RFC 7946 media type.</summary>
public static class GeoJsonText
{
    public const string MediaType = "application/geo+json";

    public static ContentHttpResult Ok(string json) => TypedResults.Text(json, MediaType, Encoding.UTF8);
}
