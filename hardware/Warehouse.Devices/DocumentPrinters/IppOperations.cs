namespace Warehouse.Devices.DocumentPrinters;

/// <summary>The operations we send (RFC 8011 §5.2, §5.3, §5.4).</summary>
public enum IppOperation : short
{
    PrintJob = 0x0002,
    GetJobAttributes = 0x0009,
    GetJobs = 0x000A,
    GetPrinterAttributes = 0x000B,
}

/// <summary>Job states (RFC 8011 §5.3.7): a job ends completed, canceled or aborted; the rest are on the way.</summary>
public enum IppJobState
{
    Pending = 3,
    PendingHeld = 4,
    Processing = 5,
    ProcessingStopped = 6,
    Canceled = 7,
    Aborted = 8,
    Completed = 9,
}

/// <summary>Printer states (RFC 8011 §5.4.11): only <c>stopped</c> says, by itself, that nothing will print.</summary>
public enum IppPrinterState
{
    Idle = 3,
    Processing = 4,
    Stopped = 5,
}

/// <summary>Status codes (RFC 8011 §B): 0x00xx successful, 0x04xx the request was wrong, 0x05xx the printer could not.</summary>
public static class IppStatus
{
    public const short SuccessfulOk = 0x0000;
    public const short ClientErrorNotFound = 0x0406;

    private static readonly Dictionary<short, string> Names = new()
    {
        [0x0000] = "successful-ok",
        [0x0001] = "successful-ok-ignored-or-substituted-attributes",
        [0x0002] = "successful-ok-conflicting-attributes",
        [0x0400] = "client-error-bad-request",
        [0x0401] = "client-error-forbidden",
        [0x0402] = "client-error-not-authenticated",
        [0x0403] = "client-error-not-authorized",
        [0x0404] = "client-error-not-possible",
        [0x0405] = "client-error-timeout",
        [0x0406] = "client-error-not-found",
        [0x0408] = "client-error-request-entity-too-large",
        [0x040A] = "client-error-document-format-not-supported",
        [0x040B] = "client-error-attributes-or-values-not-supported",
        [0x0500] = "server-error-internal-error",
        [0x0501] = "server-error-operation-not-supported",
        [0x0502] = "server-error-service-unavailable",
        [0x0503] = "server-error-version-not-supported",
        [0x0504] = "server-error-device-error",
        [0x0505] = "server-error-temporary-error",
        [0x0506] = "server-error-not-accepting-jobs",
        [0x0507] = "server-error-busy",
        [0x0508] = "server-error-job-canceled",
    };

    public static bool IsSuccessful(short code) => code is >= 0 and <= 0x00FF;

    /// <summary>The printer did not take the job for now (busy, paused, warming up): the same job is offered again later.</summary>
    public static bool IsTemporary(short code) => code is 0x0502 or 0x0505 or 0x0506 or 0x0507;

    public static string Name(short code) => Names.GetValueOrDefault(code, $"0x{code:x4}");
}
