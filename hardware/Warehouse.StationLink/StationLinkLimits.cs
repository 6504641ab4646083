namespace Warehouse.StationLink;

/// <summary>How big a message may be on the agent's stream, for both ends to agree on.</summary>
public static class StationLinkLimits
{
    /// <summary>
    /// The largest message the agent takes from the server: one PDF label and its envelope. gRPC's
    /// default (4 MB) would end the whole stream on a bigger one, scans and all, so the server never sends one.
    /// </summary>
    public const int MaxServerMessageBytes = 8 * 1024 * 1024;

    /// <summary>The largest PDF handed to an agent; a carrier's A6 label is tens of kilobytes.</summary>
    public const int MaxDocumentBytes = MaxServerMessageBytes - 64 * 1024;
}
