using System.Text.Json;
using Sitrep.Store.Query;

namespace Sitrep.Store.Sql;

internal static class RowJson
{
    public static EventRow Read(string json) =>
        JsonSerializer.Deserialize(json, StoreJsonContext.Default.EventRow) ?? throw new InvalidDataException("empty event row");

    public static string Write(EventRow row) => JsonSerializer.Serialize(row, StoreJsonContext.Default.EventRow);
}
