namespace Warehouse.Core.Returns.Desk;

/// <summary>What the desk answers about the unit on it: its checklist and its note (texts with the web edge's translations).</summary>
public static class ReturnsDeskUnitCodes
{
    public const string Ticked = "desk.unit.ticked";
    public const string Unticked = "desk.unit.unticked";
    public const string AllTicked = "desk.unit.all_ticked";
    public const string AllUnticked = "desk.unit.all_unticked";
    public const string NoSuchCheck = "desk.unit.no_such_check";
    public const string NoteSaved = "desk.unit.note_saved";
    public const string NoteCleared = "desk.unit.note_cleared";
    public const string TooLong = "desk.unit.note_too_long";
    public const string ControlCharacters = "desk.unit.note_control";
}
