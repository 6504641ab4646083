using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Stations;

namespace Warehouse.Core.Returns.Desk;

/// <summary>The checklist commands (<see cref="ReturnsDeskCheckCommands"/>) on the unit on the desk: the list is its product's category's.</summary>
internal static class ReturnsDeskChecks
{
    public static async Task<ScanResult> RunAsync(ReturnsDesk desk, string command, CancellationToken ct)
    {
        if (desk.Return is not { } open) return desk.Refuse(ReturnsDeskCodes.NoReturnOpen, command);
        if (open.OpenUnit is not { } unit) return desk.Refuse(ReturnsDeskCodes.NoUnit);
        var checklist = await ChecklistAsync(desk, unit, ct);
        var place = ReturnsDeskCheckCommands.Place(command);
        if (place is null || place > checklist.Count)
            return desk.Refuse(ReturnsDeskUnitCodes.NoSuchCheck, ScanText.ForAudit(command), desk.NameOf(unit), checklist.Count.ToString());
        if (place == 0)
            return desk.Accept(open.TickAllOnOpenUnit(checklist) ? ReturnsDeskUnitCodes.AllTicked : ReturnsDeskUnitCodes.AllUnticked, desk.NameOf(unit));
        var check = checklist[place.Value - 1];
        var ticked = open.TickOpenUnit(check);
        return desk.Accept(ticked ? ReturnsDeskUnitCodes.Ticked : ReturnsDeskUnitCodes.Unticked, desk.NameOf(unit), Key(check));
    }

    /// <summary>The checks for <paramref name="unit"/>: its product's category's, the default ones for no product of ours.</summary>
    public static async Task<IReadOnlyList<string>> ChecklistAsync(ReturnsDesk desk, ReturnUnit unit, CancellationToken ct)
    {
        var category = unit.SkuId is int id ? await desk.Db.Skus.Where(s => s.Id == id).Select(s => s.Category).FirstOrDefaultAsync(ct) : null;
        return ReturnChecklists.For(category);
    }

    /// <summary>The check's code without its family (<c>desk.check.</c>): the message's argument, translated by the edge.</summary>
    private static string Key(string check) => check[(check.LastIndexOf('.') + 1)..];
}
