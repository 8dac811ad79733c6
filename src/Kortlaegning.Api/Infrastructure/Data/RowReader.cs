using System.Data.Common;

namespace Kortlaegning.Api.Infrastructure.Data;

/// <summary>
/// Row mapping by column name for the stores' raw SQL, so a reordered SELECT list cannot silently shift values between
/// properties. <c>Get&lt;int?&gt;("homes")</c> maps SQL NULL to null; a non-nullable type on a NULL column throws,
/// which is a bug in the store's SQL, not bad input.
/// </summary>
public static class RowReader
{
    public static T Get<T>(this DbDataReader row, string column)
    {
        var i = row.GetOrdinal(column);
        if (row.IsDBNull(i))
        {
            return default(T) is null ? default! : throw new InvalidOperationException($"Column '{column}' is NULL but {typeof(T).Name} is not nullable.");
        }
        var type = Nullable.GetUnderlyingType(typeof(T));
        if (type is null) return row.GetFieldValue<T>(i);
        // Nullable value types: a boxed int is an int?; other numeric types (numeric → double?) are converted.
        var value = row.GetValue(i);
        return value is T typed ? typed : (T)Convert.ChangeType(value, type, System.Globalization.CultureInfo.InvariantCulture);
    }
}
