using System.Text.Json;
using Warehouse.Core.Floor;
using Warehouse.Core.Floor.Outbox;

namespace Warehouse.Web.Floor;

/// <summary>
/// One floor event on the hub: its stable type name and its fields as the outbox keeps them.
/// A fact has a <see cref="Sequence"/> (resume after the last one seen, drop one seen twice); a
/// live signal has none.
/// </summary>
public sealed record FloorHubMessage(long? Sequence, string Type, DateTime AtUtc, string? StationCode, JsonElement Data)
{
    public static FloorHubMessage Of(FloorEvent e) => new(
        e is FloorFact fact ? fact.Sequence : null,
        EventNames.Of(e), e.AtUtc, e.StationCode,
        JsonSerializer.SerializeToElement(e, e.GetType(), FactJson.Options));

    public static FloorHubMessage Of(OutboxFact row)
    {
        using var data = JsonDocument.Parse(row.Payload);
        return new(row.Sequence, row.Type, row.AtUtc, row.StationCode, data.RootElement.Clone());
    }
}

/// <summary>
/// What a resuming client missed. <see cref="Gap"/>: some of it was pruned (the client was away
/// longer than the outbox keeps facts) and it should reload what it shows; <see cref="More"/>:
/// ask again after the last sequence here.
/// </summary>
public sealed record FloorBacklog(bool Gap, IReadOnlyList<FloorHubMessage> Facts, bool More);
