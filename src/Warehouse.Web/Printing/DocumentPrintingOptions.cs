using System.ComponentModel.DataAnnotations;

namespace Warehouse.Web.Printing;

/// <summary><c>DocumentPrinting</c>: how long one IPP call may take, and how often unfinished PDF jobs are asked after.</summary>
public sealed class DocumentPrintingOptions
{
    [Range(typeof(TimeSpan), "00:00:01", "00:02:00")]
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(10);

    [Range(typeof(TimeSpan), "00:00:00.2", "00:01:00")]
    public TimeSpan Poll { get; set; } = TimeSpan.FromSeconds(2);
}
