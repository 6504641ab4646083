namespace Warehouse.Devices.DocumentPrinters;

/// <summary>A job as the printer reports it: its id, name, state and why (<c>job-state-reasons</c>, <c>job-state-message</c>).</summary>
public sealed record IppJobStatus(int JobId, string? Name, IppJobState State, string Reasons)
{
    public bool IsFinished => State is IppJobState.Completed or IppJobState.Canceled or IppJobState.Aborted;

    /// <summary>Every job group of an answer that carries a job id and a known state; anything else is not a job report.</summary>
    public static IReadOnlyList<IppJobStatus> From(IppMessage answer) =>
        [.. answer.All(IppGroupTag.Job).Select(Read).OfType<IppJobStatus>()];

    private static IppJobStatus? Read(IppGroup group)
    {
        string? Text(string name) => group.Attributes.FirstOrDefault(a => a.Name == name) is { } a ? string.Join(", ", a.Values.Select(v => v.AsText())) : null;
        var id = group.Attributes.FirstOrDefault(a => a.Name == "job-id")?.First.AsInteger();
        var state = group.Attributes.FirstOrDefault(a => a.Name == "job-state")?.First.AsInteger();
        if (id is not > 0 || state is not { } s || !Enum.IsDefined((IppJobState)s)) return null;
        var reasons = string.Join(": ", new[] { Text("job-state-reasons"), Text("job-state-message") }.Where(t => !string.IsNullOrWhiteSpace(t) && t != "none"));
        return new IppJobStatus(id.Value, Text("job-name"), (IppJobState)s, reasons);
    }
}
