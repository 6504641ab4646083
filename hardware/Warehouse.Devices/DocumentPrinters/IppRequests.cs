namespace Warehouse.Devices.DocumentPrinters;

/// <summary>
/// The requests we send, as RFC 8011 wants them: <c>attributes-charset</c> then
/// <c>attributes-natural-language</c> first, then <c>printer-uri</c>, then the operation's own.
/// IPP/1.1, which IPP Everywhere printers and CUPS all take.
/// </summary>
public static class IppRequests
{
    public static IppMessage PrintJob(int requestId, string printerUri, string jobName, string userName) => Request(IppOperation.PrintJob, requestId, printerUri,
        new IppAttribute("requesting-user-name", IppValue.Text(IppValueTag.NameWithoutLanguage, userName)),
        new IppAttribute("job-name", IppValue.Text(IppValueTag.NameWithoutLanguage, jobName)),
        new IppAttribute("document-format", IppValue.Text(IppValueTag.MimeMediaType, "application/pdf")));

    public static IppMessage GetJobAttributes(int requestId, string printerUri, int jobId, string userName) => Request(IppOperation.GetJobAttributes, requestId, printerUri,
        new IppAttribute("job-id", IppValue.Integer(jobId)),
        new IppAttribute("requesting-user-name", IppValue.Text(IppValueTag.NameWithoutLanguage, userName)),
        Requested("job-id", "job-name", "job-state", "job-state-reasons", "job-state-message"));

    /// <summary>Every job the printer still remembers, finished ones too: how a job sent just before a crash is found by its name.</summary>
    public static IppMessage GetJobs(int requestId, string printerUri, string userName) => Request(IppOperation.GetJobs, requestId, printerUri,
        new IppAttribute("requesting-user-name", IppValue.Text(IppValueTag.NameWithoutLanguage, userName)),
        new IppAttribute("which-jobs", IppValue.Text(IppValueTag.Keyword, "all")),
        Requested("job-id", "job-name", "job-state", "job-state-reasons", "job-state-message"));

    /// <summary>The printer's state, why, and whether it takes jobs (RFC 8011 §4.2.5): how its health is read.</summary>
    public static IppMessage GetPrinterAttributes(int requestId, string printerUri, string userName) => Request(IppOperation.GetPrinterAttributes, requestId, printerUri,
        new IppAttribute("requesting-user-name", IppValue.Text(IppValueTag.NameWithoutLanguage, userName)),
        Requested(IppPrinterStatus.Requested));

    private static IppAttribute Requested(params string[] names) =>
        new("requested-attributes", [.. names.Select(n => IppValue.Text(IppValueTag.Keyword, n))]);

    private static IppMessage Request(IppOperation operation, int requestId, string printerUri, params IppAttribute[] own) =>
        new(1, 1, (short)operation, requestId,
        [
            new IppGroup(IppGroupTag.Operation,
            [
                new IppAttribute("attributes-charset", IppValue.Text(IppValueTag.Charset, "utf-8")),
                new IppAttribute("attributes-natural-language", IppValue.Text(IppValueTag.NaturalLanguage, "en")),
                new IppAttribute("printer-uri", IppValue.Text(IppValueTag.Uri, printerUri)),
                .. own,
            ]),
        ]);
}
