using Warehouse.Core.Returns.Desk;
using Warehouse.Core.Stations;

namespace Warehouse.Web.Components.Pages.Station;

/// <summary>The command barcodes a returns desk answers, with the code of their words: on the desk's screen and its printed sheet.</summary>
public static class ReturnsDeskCommandBarcodes
{
    public static readonly (string Value, string Text)[] Decisions =
    [
        (ReturnsDeskCommands.GradeA, "desk.grade.A"),
        (ReturnsDeskCommands.GradeB, "desk.grade.B"),
        (ReturnsDeskCommands.GradeC, "desk.grade.C"),
        (ReturnsDeskCommands.GradeD, "desk.grade.D"),
        (ReturnsDeskCommands.Suggested, "desk.cmd.ok"),
        (ReturnsDeskCommands.Restock, "desk.disposition.Restock"),
        (ReturnsDeskCommands.Refurbish, "desk.disposition.Refurbish"),
        (ReturnsDeskCommands.Quarantine, "desk.disposition.Quarantine"),
        (ReturnsDeskCommands.ReturnToVendor, "desk.disposition.ReturnToVendor"),
        (ReturnsDeskCommands.Dispose, "desk.disposition.Dispose"),
    ];

    public static readonly (string Value, string Text)[] Checks =
    [
        (ReturnsDeskCheckCommands.For(1), "desk.cmd.check_1"),
        (ReturnsDeskCheckCommands.For(2), "desk.cmd.check_2"),
        (ReturnsDeskCheckCommands.For(3), "desk.cmd.check_3"),
        (ReturnsDeskCheckCommands.For(4), "desk.cmd.check_4"),
        (ReturnsDeskCheckCommands.All, "desk.cmd.check_all"),
    ];

    public static readonly (string Value, string Text)[] All =
    [
        .. Decisions,
        .. Checks,
        (ReturnsDeskCommands.Done, "desk.cmd.done"),
        (ReturnsDeskCommands.Cancel, "desk.cmd.cancel"),
        (CommonCommands.SignOut, "command.sign_out"),
    ];
}
