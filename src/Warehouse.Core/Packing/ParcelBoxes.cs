using Warehouse.Core.Floor;
using Warehouse.Core.Stations;

namespace Warehouse.Core.Packing;

/// <summary>
/// <c>CMD:PARCEL:NEXT</c>: the box on the table is full. It is weighed by itself, becomes parcel "n of m"
/// and its label is asked for at once — no pile of unlabelled boxes — and the next box opens empty.
/// Closing the last declared box while items remain declares one box more (the closed ones are relabelled).
/// </summary>
internal static class ParcelBoxes
{
    public static async Task<ScanResult> NextAsync(ScanContext ctx, ParcelCompletion completion, CancellationToken ct)
    {
        var session = ctx.Session!;
        if (session.PendingApproval is not null) return ctx.Refuse(StationCodes.AwaitingSupervisor);
        if (!session.InBox.Any()) return ctx.Refuse(Codes.ParcelBoxEmpty, session.CurrentBox.ToString());
        if (session.AllAccountedFor) return ctx.Refuse(Codes.ParcelNothingLeft, session.CurrentBox.ToString());

        var contents = session.BoxContents();
        var carton = await completion.SuggestCartonAsync(ctx.Db, session.Order, contents, ct);
        int grams;
        if (session.WeightAcceptedBy is not null && session.WeighedGrams is { } accepted)
        {
            grams = accepted; // a supervisor accepted this box's weight
        }
        else
        {
            if (ctx.LiveWeight is not { } reading || !completion.IsSettledAfterLastScan(session, reading))
                return ctx.Refuse(Codes.WeightWaiting);
            var expected = contents.Sum(s => s.WeightGrams) + (carton?.TareGrams ?? 0);
            var tolerance = WeightCheck.Tolerance(expected, contents.Min(s => s.WeightGrams), ctx.Options);
            var check = new WeightCheck(expected, tolerance, reading.Grams);
            session.Weighed(reading.Grams, reading.SettledUtc ?? reading.AtUtc, check.InTolerance);
            if (!check.InTolerance)
                return ctx.Refuse(Codes.WeightOutOfTolerance, reading.Grams.ToString(), expected.ToString(), tolerance.ToString());
            grams = reading.Grams;
        }

        var relabelled = 0;
        if (session.IsLastBox)
        {
            // More boxes than declared: the count grows by one before this box gets its label.
            relabelled = await ParcelCounts.RecountAsync(ctx, session, session.ParcelCount + 1, completion, ct);
            session.ParcelCount++;
        }
        var made = await completion.BoxParcelAsync(ctx, session, carton, grams, ct);
        if (made.Refusal is { } refusal) return refusal;
        var (number, count) = (session.CurrentBox, session.ParcelCount);
        session.BoxClosed();
        ctx.Record(new ParcelBoxClosed(ctx.Now, ctx.Station.Code, session.Order.Number, number, count, relabelled));
        return ctx.Accept(Codes.ParcelBoxClosed, number.ToString(), count.ToString(), session.Order.Number);
    }
}

/// <summary>A box of a multi-parcel order was closed as parcel <paramref name="Number"/> of <paramref name="Count"/>.</summary>
[EventName("parcel.box_closed")]
public sealed record ParcelBoxClosed(DateTime AtUtc, string StationCode, string OrderNumber, int Number, int Count, int Relabelled)
    : FloorFact(AtUtc, StationCode);
