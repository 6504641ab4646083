using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Demo;
using Warehouse.Core.Returns.Desk;

namespace Warehouse.E2E;

/// <summary>
/// Returns of the demo order DEMO-R1 already inspected (the mug and the book arrived, both to be disposed), waiting
/// for their refund decision: for the desk's refund tests, without scanning every inspection again.
/// </summary>
public static class InspectedReturns
{
    /// <summary>The RMA of a return numbered <paramref name="number"/>, inspected by <paramref name="clerkBadge"/> at the demo desk.</summary>
    public static async Task<string> MugAndBookAsync(FloorApp app, int number, string clerkBadge = "B-5001")
    {
        var (rma, _, _, _) = await DeclaredReturns.MugAndBookAsync(app, number);
        return await app.QueryAsync(async db =>
        {
            var clerk = await db.Operators.Where(o => o.Badge == clerkBadge).Select(o => o.Id).SingleAsync();
            var inspected = await db.Returns.Include(r => r.Lines).Include(r => r.Units).Include(r => r.History).SingleAsync(r => r.Number == rma);
            var now = DateTime.UtcNow;
            inspected.ReceiveAtDesk(now);
            foreach (var line in inspected.Lines)
            {
                inspected.Unpack(line.SkuId, line.SkuCode, DemoData.ReturnsDesk, clerk, now);
                inspected.Grade(ReturnGrade.D);
                inspected.Decide(ReturnDisposition.Dispose, now);
            }
            inspected.FinishInspection(DemoData.ReturnsDesk, clerk, now);
            await db.SaveChangesAsync();
            return rma;
        });
    }
}
