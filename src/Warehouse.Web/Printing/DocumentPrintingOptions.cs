using System.ComponentModel.DataAnnotations;

namespace Warehouse.Web.Printing;

/// <summary><c>DocumentPrinting</c>: how long one IPP call may take, how often unfinished PDF jobs are asked after, and how often the printers' health.</summary>
public sealed class DocumentPrintingOptions
{
    [Range(typeof(TimeSpan), "00:00:01", "00:02:00")]
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(10);

    [Range(typeof(TimeSpan), "00:00:00.2", "00:01:00")]
    public TimeSpan Poll { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How often each document printer the server drives is asked how it is, as the label printers are.</summary>
    [Range(typeof(TimeSpan), "00:00:00.2", "00:01:00")]
    public TimeSpan Watch { get; set; } = TimeSpan.FromSeconds(3);
}
