using Warehouse.Core.Orders;

namespace Warehouse.Core.Printing;

public enum PrintJobStatus
{
    Queued,
    Sent,
    Printed,
    Failed,

    /// <summary>
    /// The printer went idle but its own label counter did not move by the job's labels: the label
    /// may never have come out. Finished, never sent again; the station asks for a reprint.
    /// </summary>
    NotConfirmed,
}

/// <summary>
/// A label on its way to a station's printer (or an order's packing slip to its document printer). Stored
/// in the same transaction that packed the parcel, so a crash cannot lose it; sent once, and again only when
/// a person asks for a reprint.
/// </summary>
public sealed class PrintJob
{
    public int Id { get; set; }
    public required string StationCode { get; set; }
    public int? ParcelId { get; set; }
    public Parcel? Parcel { get; set; }
    public required string Zpl { get; set; }

    /// <summary>A PDF for the station's document printer instead of ZPL for its label printer; null for label-printer jobs.</summary>
    public byte[]? Pdf { get; set; }
    public PrintJobStatus Status { get; set; }
    public string? FailureReason { get; set; }
    public DateTime CreatedUtc { get; set; }
    /// <summary>When the label's bytes went to the printer (the agent's clock for an agent station); null until they have.</summary>
    public DateTime? SentUtc { get; set; }

    /// <summary>The printer's label counter just before the bytes went, so a restarted queue still confirms by it; null without one.</summary>
    public long? LabelCountBefore { get; set; }
    /// <summary>
    /// The document printer's own <c>job-id</c> for a PDF job (IPP), kept as soon as the printer answers
    /// so the job is asked after, never sent again; null before that and for label-printer jobs.
    /// </summary>
    public int? PrinterJobId { get; set; }
    public int? ReprintOf { get; set; }

    /// <summary>The order whose packing slip this PDF is (ADR 12); null for labels.</summary>
    public string? SlipOf { get; set; }
    public int Version { get; set; }

    public static PrintJob For(Parcel parcel, string stationCode, DateTime now, int? reprintOf = null) => new()
    {
        StationCode = stationCode,
        Parcel = parcel,
        Zpl = parcel.LabelZpl,
        Pdf = parcel.LabelPdf,
        Status = PrintJobStatus.Queued,
        CreatedUtc = now,
        ReprintOf = reprintOf,
    };

    /// <summary>An order's packing slip for the station's document printer.</summary>
    public static PrintJob ForSlip(string orderNumber, string stationCode, byte[] pdf, DateTime now) => new()
    {
        StationCode = stationCode,
        SlipOf = orderNumber,
        Zpl = "",
        Pdf = pdf,
        Status = PrintJobStatus.Queued,
        CreatedUtc = now,
    };
}
