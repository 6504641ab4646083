using System.Globalization;
using Warehouse.Core.Catalog;
using Warehouse.Core.Floor;

namespace Warehouse.Core.Returns;

/// <summary>
/// Whether a return may be declared, as a pure check: the order as it stands, the request, the
/// time and the settings in; every refusal out, as message codes (none: it may go ahead). Dates are
/// the floor's days (Europe/Warsaw): a customer's "14 days" ends at midnight where they live.
/// </summary>
public static class ReturnRules
{
    public const int MaxNote = 500;
    public const int MaxLines = 100;
    public const int MaxUnitsPerLine = 999;

    public static IReadOnlyList<FloorMessage> Check(ReturnableOrder order, ReturnRequest request, DateTime nowUtc, TimeZoneInfo zone, ReturnOptions options)
    {
        var refusals = new List<FloorMessage>();
        var chosen = request.Lines.Where(l => l.Quantity != 0).ToList();
        if (chosen.Count == 0) return [new(ReturnCodes.NothingChosen)];
        if (chosen.Count > MaxLines) return [new(ReturnCodes.TooManyLines)];
        if (request.Kind == ReturnKind.Withdrawal && !request.WithdrawalConfirmed) refusals.Add(new(ReturnCodes.ConfirmWithdrawal));
        if (order.Lines.All(l => l.Shipped == 0)) return [.. refusals, new(ReturnCodes.NotShipped)];

        if (Window(order, request.Kind, nowUtc, zone, options) is { } late) refusals.Add(late);

        // The same line twice on one form counts once, added up.
        foreach (var group in chosen.GroupBy(l => l.OrderLineId))
        {
            var line = order.Line(group.Key);
            if (line is null || group.Any(l => l.Quantity < 0)) { refusals.Add(new(ReturnCodes.UnknownLine)); continue; }
            var wanted = group.Sum(l => (long)l.Quantity);
            if (wanted > line.Left)
                refusals.Add(new(ReturnCodes.TooMany, line.SkuCode, Number(wanted), Number(line.Left)));
            if (request.Kind == ReturnKind.Withdrawal && line.Exclusion != WithdrawalExclusion.None)
                refusals.Add(new(ReturnCodes.Excluded, line.SkuCode, line.Exclusion.ToString()));
            foreach (var asked in group) refusals.AddRange(Reason(line, asked, request.Kind));
        }
        return refusals.Distinct().ToList();
    }

    /// <summary>The last floor day a return of this kind may be declared; null while the order is not received yet.</summary>
    public static DateOnly? LastDay(ReturnableOrder order, ReturnKind kind, TimeZoneInfo zone, ReturnOptions options)
    {
        if (order.ReceivedUtc is not { } received) return null;
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(received, DateTimeKind.Utc), zone));
        return kind == ReturnKind.Withdrawal ? day.AddDays(options.WithdrawalDays) : day.AddMonths(options.ComplaintMonths);
    }

    private static FloorMessage? Window(ReturnableOrder order, ReturnKind kind, DateTime nowUtc, TimeZoneInfo zone, ReturnOptions options)
    {
        // A consumer may withdraw before the goods arrive (the window only starts at receipt); a
        // complaint is about goods the customer has, so it waits for the delivery.
        if (LastDay(order, kind, zone, options) is not { } last)
            return kind == ReturnKind.Complaint ? new FloorMessage(ReturnCodes.ComplaintBeforeDelivery) : null;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc), zone));
        if (today <= last) return null;
        var date = last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new FloorMessage(kind == ReturnKind.Withdrawal ? ReturnCodes.WithdrawalLate : ReturnCodes.ComplaintLate, date);
    }

    private static IEnumerable<FloorMessage> Reason(ReturnableLine line, ReturnRequestLine asked, ReturnKind kind)
    {
        // A withdrawal needs no reason (the law asks none); a complaint says what is wrong.
        if (asked.Reason is null && kind == ReturnKind.Complaint) yield return new(ReturnCodes.ReasonRequired, line.SkuCode);
        var note = asked.Note;
        if (asked.Reason == ReturnReason.Other && string.IsNullOrWhiteSpace(note)) yield return new(ReturnCodes.NoteRequired, line.SkuCode);
        if (note is null) yield break;
        if (note.Length > MaxNote) yield return new(ReturnCodes.NoteTooLong, line.SkuCode, Number(MaxNote));
        else if (!IsText(note)) yield return new(ReturnCodes.NoteInvalid, line.SkuCode);
    }

    /// <summary>Words a person typed: no control characters but line breaks and tabs, no lone surrogates.</summary>
    public static bool IsText(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t')) return false;
            if (char.IsHighSurrogate(c) && (i + 1 >= text.Length || !char.IsLowSurrogate(text[++i]))) return false;
            if (char.IsLowSurrogate(c)) return false;
        }
        return true;
    }

    private static string Number(long n) => n.ToString(CultureInfo.InvariantCulture);
}
