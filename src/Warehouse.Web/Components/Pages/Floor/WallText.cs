using System.Globalization;
using Warehouse.Core.Floor;
using Warehouse.Core.Packing;
using Warehouse.Web.Localization;

using Warehouse.Core.Wall;

namespace Warehouse.Web.Components.Pages.Floor;

/// <summary>The wall screen's words, in plain language with units, through the floor's text tables.</summary>
public static class WallText
{
    public static string T(string code, string language, params string[] args) => FloorText.Translate(new FloorMessage(code, args), language);

    public static string State(StationState state, string language) => T("wall.state." + state, language);

    public static string Icon(StationState state) => state switch
    {
        StationState.Working => "▶",
        StationState.WaitingForSupervisor => "⚑",
        StationState.PrinterFault => "⚠",
        StationState.Idle => "❚❚",
        _ => "○",
    };

    /// <summary>"short:missing" → "zgoda na niepełną paczkę (brak towaru)".</summary>
    public static string Approval(string pending, string language)
    {
        var (kind, reason) = pending.Split(':', 2) is [var k, var r] ? (k, r) : (pending, "");
        return T("wall.approval." + kind, language, Reason(reason, language));
    }

    public static string Reason(string reason, string language)
    {
        var text = T("wall.reason." + reason.Trim().ToLowerInvariant(), language);
        return text.StartsWith("wall.", StringComparison.Ordinal) ? reason : text;
    }

    public static string Exception(FloorException e, string language)
    {
        switch (e.Kind)
        {
            case ExceptionKind.WeightMismatch when e.ExpectedGrams is int expected && e.ActualGrams is int actual:
                var diff = actual - expected;
                return T("wall.exception.WeightMismatch", language,
                    FloorText.Kilograms(expected, language), FloorText.Kilograms(actual, language),
                    (diff > 0 ? "+" : diff < 0 ? "−" : "±") + Math.Abs(diff).ToString(CultureInfo.InvariantCulture) + " g");
            case ExceptionKind.ShortPack:
                // Stored as "missing: 2" (the reason, then the units short).
                var (reason, count) = e.Reason?.Split(':', 2) is [var r, var c] ? (r, c.Trim()) : (e.Reason ?? "", "?");
                return T("wall.exception.ShortPack", language, count, Reason(reason, language));
            default:
                var text = T("wall.exception." + e.Kind, language);
                return e.Reason is { Length: > 0 } why ? $"{text}: {why}" : text;
        }
    }

    public static string TrailKind(string kind, string language)
    {
        var text = T("wall.trail." + kind, language);
        return text.StartsWith("wall.", StringComparison.Ordinal) ? kind : text;
    }

    /// <summary>"za 1 h 05 min" / "late 25 min": minutes are enough from across the room.</summary>
    public static string Countdown(TimeSpan left, string language)
    {
        var late = left < TimeSpan.Zero;
        var span = late ? -left : left;
        var text = span.TotalHours >= 1 ? $"{(int)span.TotalHours} h {span.Minutes:00} min" : $"{Math.Max(span.Minutes, late ? 1 : 0)} min";
        return (late, language) switch
        {
            (true, "en") => "late " + text,
            (true, _) => "spóźnione " + text,
            (false, "en") => "in " + text,
            _ => "za " + text,
        };
    }
}
