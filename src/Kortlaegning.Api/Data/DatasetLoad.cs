namespace Kortlaegning.Api.Data;

/// <summary>Which catalogue dataset was loaded, from which file version (SHA-256), when, with what result.</summary>
public sealed class DatasetLoad
{
    public required string DatasetId { get; set; }
    public required string FileSha256 { get; set; }
    public DateTimeOffset LoadedAt { get; set; }
    public int Rows { get; set; }
    public required string Summary { get; set; }
}
