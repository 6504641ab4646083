using Warehouse.Core.Quality;
using Warehouse.Core.Stations;

namespace Warehouse.Web.Components.Pages.Station;

/// <summary>The command barcodes a QC bench answers, with the code of their words, shown on the bench screen.</summary>
public static class QcBenchCommands
{
    public static readonly (string Value, string Text)[] All =
    [
        (QcCommands.Pass, "qc.page.pass"),
        (QcCommands.FailDamaged, "qc.page.fail_damaged"),
        (QcCommands.FailWrongItem, "qc.page.fail_wrong_item"),
        (QcCommands.FailMissing, "qc.page.fail_missing"),
        (QcCommands.Cancel, "qc.page.cancel"),
        (CommonCommands.SignOut, "command.sign_out"),
    ];
}
