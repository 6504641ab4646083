using System.Text.Json;
using System.Text.Json.Serialization;

namespace Warehouse.Core.Floor.Outbox;

/// <summary>How facts are written in the outbox and on the hub: camelCase, enums as words.</summary>
public static class FactJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Write(FloorEvent e) => JsonSerializer.Serialize(e, e.GetType(), Options);

    /// <summary>The fact a row holds, numbered; null for a kind this build does not know (written by a newer one).</summary>
    public static FloorFact? Read(OutboxFact row) =>
        EventNames.TypeOf(row.Type) is { } type && JsonSerializer.Deserialize(row.Payload, type, Options) is FloorFact fact
            ? fact with { Sequence = row.Sequence }
            : null;
}
