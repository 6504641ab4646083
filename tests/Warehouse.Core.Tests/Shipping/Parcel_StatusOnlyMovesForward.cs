using Warehouse.Core.Orders;
using Warehouse.Core.Shipping;

namespace Warehouse.Core.Tests.Shipping;

public sealed class Parcel_StatusOnlyMovesForward
{
    private static readonly DateTime T0 = new(2026, 12, 3, 8, 0, 0, DateTimeKind.Utc);

    private static Parcel Labelled()
    {
        var parcel = new Parcel { Sscc = "359012340000000017", CartonCode = "K1", StationCode = "PACK-01" };
        parcel.RequestShipment(T0);
        Assert.True(parcel.Labelled("TRACK-1", "^XA^XZ", null, T0));
        return parcel;
    }

    [Fact]
    public void Events_that_arrive_out_of_order_never_move_a_parcel_back()
    {
        var parcel = Labelled();

        Assert.True(parcel.Advance(ParcelStatus.OutForDelivery, T0.AddHours(20)));
        Assert.False(parcel.Advance(ParcelStatus.InTransit, T0.AddHours(5)));   // the older event, late
        Assert.True(parcel.Advance(ParcelStatus.Delivered, T0.AddHours(22)));
        Assert.False(parcel.Advance(ParcelStatus.OutForDelivery, T0.AddHours(23)));

        Assert.Equal((ParcelStatus.Delivered, T0.AddHours(22)), (parcel.Status, parcel.StatusUtc));
    }

    [Fact]
    public void Out_for_delivery_and_a_failed_attempt_alternate_by_time()
    {
        var parcel = Labelled();
        parcel.Advance(ParcelStatus.OutForDelivery, T0.AddHours(20));

        Assert.True(parcel.Advance(ParcelStatus.FailedAttempt, T0.AddHours(21)));
        Assert.False(parcel.Advance(ParcelStatus.OutForDelivery, T0.AddHours(20.5))); // older than the failed attempt
        Assert.True(parcel.Advance(ParcelStatus.OutForDelivery, T0.AddHours(44)));   // the next day's round
    }

    [Fact]
    public void A_voided_parcel_takes_no_more_events_and_an_unlabelled_one_takes_none_but_a_void()
    {
        var parcel = Labelled();
        Assert.True(parcel.Advance(ParcelStatus.Voided, T0.AddMinutes(5)));
        Assert.False(parcel.Advance(ParcelStatus.Delivered, T0.AddHours(30)));

        var waiting = new Parcel { Sscc = "359012340000000024", CartonCode = "K1", StationCode = "PACK-01" };
        waiting.RequestShipment(T0);
        Assert.False(waiting.Advance(ParcelStatus.InTransit, T0.AddHours(1)));
        Assert.Equal(ParcelStatus.LabelRequested, waiting.Status);
    }

    [Fact]
    public void A_label_comes_once_a_second_answer_changes_nothing()
    {
        var parcel = Labelled();

        Assert.False(parcel.Labelled("TRACK-2", "^XA^FDother^XZ", null, T0.AddMinutes(1)));
        Assert.Equal("TRACK-1", parcel.TrackingNumber);
    }
}
