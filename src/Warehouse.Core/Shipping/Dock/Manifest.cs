namespace Warehouse.Core.Shipping.Dock;

public enum ManifestState
{
    /// <summary>Parcels are being scanned onto it; one open handover per carrier.</summary>
    Open,

    /// <summary>Closed at the dock: numbered, its parcels manifested and frozen.</summary>
    Closed,
}

/// <summary>
/// One carrier's handover: parcels scanned onto it at a dock, then closed into a numbered manifest
/// (count, total weight). After the close commits, the carrier is told (<see cref="CarrierHandovers"/>)
/// outside any scan, counted and leased as the shipment desk calls, and its answer is stored here.
/// </summary>
public sealed class Manifest
{
    public const int MaxNumberLength = 40;

    public int Id { get; set; }
    public required string CarrierCode { get; set; }
    public ManifestState State { get; set; }

    /// <summary><c>MAN-INPOST-20261203-01</c>, given at close (floor date, the carrier's n-th of the day); null while open.</summary>
    public string? Number { get; set; }

    public DateTime OpenedUtc { get; set; }
    public required string OpenedAt { get; set; }
    public DateTime? ClosedUtc { get; set; }
    public string? ClosedAt { get; set; }
    public int ParcelCount { get; set; }
    public int TotalWeightGrams { get; set; }

    /// <summary>Calls made to the carrier for this handover, counted before each call.</summary>
    public int HandoverAttempts { get; private set; }

    /// <summary>When the carrier may be told next; null when told, or when a person must act.</summary>
    public DateTime? NextHandoverUtc { get; private set; }

    public DateTime? HandoverLeaseUntilUtc { get; private set; }
    public string? HandoverProblem { get; private set; }
    public DateTime? HandedOverUtc { get; private set; }

    /// <summary>The carrier's number for the handover, when it gives one.</summary>
    public string? CarrierReference { get; private set; }

    /// <summary>The carrier's own handover document, when its API makes one.</summary>
    public byte[]? HandoverPdf { get; private set; }

    public int Version { get; set; }

    /// <summary>Closed: numbered, and the carrier is due to be told at once.</summary>
    public void Close(string number, int count, int grams, string station, DateTime now)
    {
        (State, Number, ParcelCount, TotalWeightGrams, ClosedAt, ClosedUtc, NextHandoverUtc) =
            (ManifestState.Closed, number, count, grams, station, now, now);
        Version++;
    }

    public void TakeForCall(DateTime now, TimeSpan lease)
    {
        HandoverAttempts++;
        HandoverLeaseUntilUtc = now + lease;
        Version++;
    }

    public bool HandedOver(string? reference, byte[]? pdf, DateTime now)
    {
        if (HandedOverUtc is not null) return false;
        (HandedOverUtc, CarrierReference, HandoverPdf, NextHandoverUtc, HandoverLeaseUntilUtc, HandoverProblem) = (now, reference, pdf, null, null, null);
        Version++;
        return true;
    }

    /// <summary>Refused by the carrier and waiting for a person: whether it may be asked again now.</summary>
    public bool AwaitsPerson => State == ManifestState.Closed && HandedOverUtc is null && NextHandoverUtc is null;

    /// <summary>A person fixed what the carrier refused: tell it again at once. Only a refused handover goes again.</summary>
    public bool RetryHandover(DateTime now)
    {
        if (!AwaitsPerson) return false;
        NextHandoverUtc = now;
        Version++;
        return true;
    }

    /// <summary>No answer: try again at <paramref name="next"/>; null when the carrier said no and a person must act.</summary>
    public void NotHandedOver(string problem, DateTime? next)
    {
        (HandoverProblem, NextHandoverUtc, HandoverLeaseUntilUtc) = (problem.Length <= 500 ? problem : problem[..500], next, null);
        Version++;
    }
}
