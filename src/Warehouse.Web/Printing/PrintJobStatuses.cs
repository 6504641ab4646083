using Warehouse.Core.Printing;
using Warehouse.Devices.DocumentPrinters;

namespace Warehouse.Web.Printing;

/// <summary>A document job's state as the database keeps it, and back.</summary>
public static class PrintJobStatuses
{
    public static PrintJobStatus Of(DocumentJobState state) => state switch
    {
        DocumentJobState.Queued => PrintJobStatus.Queued,
        DocumentJobState.Sent => PrintJobStatus.Sent,
        DocumentJobState.Printed => PrintJobStatus.Printed,
        DocumentJobState.Failed => PrintJobStatus.Failed,
        _ => PrintJobStatus.NotConfirmed,
    };
}
