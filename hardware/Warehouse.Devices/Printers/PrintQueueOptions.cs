namespace Warehouse.Devices.Printers;

public sealed class PrintQueueOptions
{
    /// <summary>How often to ask the printer while it is busy or faulted.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// How long a sent job may stay unconfirmed while the printer cannot be reached before it is
    /// called failed. A printer that answers "paper out" keeps its job: it prints once cleared.
    /// </summary>
    public TimeSpan ConfirmTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How long an idle printer's label counter may stay short of a job's labels before the job is
    /// called not confirmed: a printer may count a label a moment after its buffer empties.
    /// </summary>
    public TimeSpan CounterSettle { get; set; } = TimeSpan.FromSeconds(2);

    public TimeProvider Clock { get; set; } = TimeProvider.System;
}
