using Warehouse.Core.Returns.Desk;

namespace Warehouse.Core.Returns;

/// <summary>What the clerk writes down about the unit on the desk: the checklist of its category and a note.</summary>
public sealed partial class CustomerReturn
{
    /// <summary>Turns the tick of <paramref name="check"/> over on the unit on the desk; true when it is ticked now.</summary>
    public bool TickOpenUnit(string check)
    {
        var unit = OpenUnit ?? throw new InvalidOperationException("no unit on the desk");
        var ticked = !unit.Checked.Remove(check);
        if (ticked) unit.Checked.Add(check);
        // A new list, not the same one changed: the change is seen and stored whatever the provider.
        unit.Checked = [.. unit.Checked];
        Version++;
        return ticked;
    }

    /// <summary>Ticks every check of <paramref name="checklist"/> on the unit on the desk, or unticks them all when all were ticked; true when ticked.</summary>
    public bool TickAllOnOpenUnit(IReadOnlyList<string> checklist)
    {
        var unit = OpenUnit ?? throw new InvalidOperationException("no unit on the desk");
        var tick = !checklist.All(unit.Checked.Contains);
        unit.Checked = tick ? [.. checklist] : [];
        Version++;
        return tick;
    }

    /// <summary>The clerk's note on the unit on the desk, as <see cref="ReturnUnitNotes.Check"/> let it through; null clears it.</summary>
    public void NoteOpenUnit(string? note)
    {
        var unit = OpenUnit ?? throw new InvalidOperationException("no unit on the desk");
        if (note is { Length: > ReturnUnitNotes.MaxLength }) throw new ArgumentException("the note is too long", nameof(note));
        unit.Note = note;
        Version++;
    }
}
