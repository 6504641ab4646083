namespace Warehouse.Core.Shipping.Carriers.Live;

/// <summary>Which calls of a carrier's HTTP client the pipeline may send again after a failure.</summary>
public enum CarrierRetries
{
    /// <summary>None: the client creates shipments, and Polish carriers have no idempotency key.</summary>
    Never,

    /// <summary>GET and DELETE, never POST, PUT or PATCH: a REST API where the method says what creates.</summary>
    ReadsOnly,

    /// <summary>
    /// Every call: a SOAP client whose calls (all POST) only read or print, never create. A 500 is not
    /// tried again: SOAP sends its faults with 500, and a fault is the carrier's answer, not a lost one.
    /// </summary>
    Always,
}
