using System.Text.Json;
using Warehouse.Core.Floor;
using Warehouse.Core.Floor.Outbox;
using Warehouse.Core.Stations;

namespace Warehouse.Core.Tests.Floor.Outbox;

/// <summary>Every event kind has one stable name and survives the outbox whole.</summary>
public sealed class EventNames_Stable
{
    private static IEnumerable<Type> CoreEvents =>
        typeof(FloorEvent).Assembly.GetTypes().Where(t => typeof(FloorEvent).IsAssignableFrom(t) && !t.IsAbstract);

    [Fact]
    public void Every_event_record_of_the_core_has_a_name_and_no_two_share_one()
    {
        var names = CoreEvents.Select(EventNames.Of).ToList();

        Assert.True(names.Count >= 15, $"found only {names.Count} event kinds");
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.All(CoreEvents, t => Assert.Equal(t, EventNames.TypeOf(EventNames.Of(t))));
    }

    [Fact]
    public void Every_fact_round_trips_through_the_outbox_with_every_field()
    {
        foreach (var type in CoreEvents.Where(t => typeof(FloorFact).IsAssignableFrom(t)))
        {
            var fact = (FloorFact)Sample(type);
            var row = new OutboxFact { Sequence = 42, AtUtc = fact.AtUtc, Type = EventNames.Of(fact), Payload = FactJson.Write(fact) };

            var back = FactJson.Read(row);

            Assert.NotNull(back);
            Assert.Equal(type, back.GetType());
            Assert.Equal(42, back.Sequence);
            Assert.Equal(FactJson.Write(fact), FactJson.Write(back));
        }
    }

    [Fact]
    public void A_name_this_build_does_not_know_reads_as_nothing_rather_than_failing_the_relay()
    {
        var row = new OutboxFact { Sequence = 1, Type = "carrier.from_the_future", Payload = "{}" };

        Assert.Null(FactJson.Read(row));
    }

    [Fact]
    public void Enums_are_written_as_words_so_that_a_new_member_cannot_shift_old_facts()
    {
        var json = FactJson.Write(new ScanDecided(DateTime.UtcNow, "PACK-01", "s-1", null, ScanOutcome.Refused, new FloorMessage("x")));

        Assert.Equal("Refused", JsonDocument.Parse(json).RootElement.GetProperty("outcome").GetString());
    }

    /// <summary>The record built from its positional constructor, with a distinct value in every field.</summary>
    private static object Sample(Type type)
    {
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var n = 0;
        var args = constructor.GetParameters().Select(p => Value(Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType, ++n)).ToArray();
        return constructor.Invoke(args);
    }

    private static object Value(Type type, int n) => type switch
    {
        _ when type == typeof(string) => $"v{n}",
        _ when type == typeof(int) => n,
        _ when type == typeof(long) => (long)n,
        _ when type == typeof(bool) => true,
        _ when type == typeof(DateTime) => new DateTime(2026, 12, 2, 10, 0, n, DateTimeKind.Utc),
        _ when type == typeof(FloorMessage) => new FloorMessage($"code.{n}", "a", "b"),
        _ when type == typeof(IReadOnlyList<Warehouse.Core.Receiving.DeliveryLineTally>) => new List<Warehouse.Core.Receiving.DeliveryLineTally> { new($"v{n}", "L1", 3, 4) },
        _ when type.IsEnum => Enum.GetValues(type).GetValue(Enum.GetValues(type).Length - 1)!,
        _ => throw new InvalidOperationException($"No sample value for {type.Name}: add one here."),
    };
}
