namespace Kortlaegning.Domain.Boundaries;

/// <summary>The file is not a boundary file we can read at all (as opposed to single bad features, which are rejected one by one).</summary>
public class BoundaryFormatException(string message, Exception? inner = null) : Exception(message, inner);
