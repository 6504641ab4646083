using System.Globalization;
using Warehouse.Core.Floor;
using Warehouse.Core.Packing;
using Warehouse.Web.Localization;

using Warehouse.Core.Wall;

namespace Warehouse.Web.Components.Pages.Floor;

/// <summary>The wall screen's words, in plain language with units, through the floor's text table.</summary>
public static class WallText
{
    public static string State(StationState state, Texts t) => t["wall.state." + state];

    public static string Icon(StationState state) => state switch
    {
        StationState.Working => "▶",
        StationState.WaitingForSupervisor => "⚑",
        StationState.PrinterFault => "⚠",
        StationState.Idle => "❚❚",
        _ => "○",
    };

    /// <summary>"short:missing" → "zgoda na niepełną paczkę (brak towaru)".</summary>
    public static string Approval(string pending, Texts t)
    {
        var (kind, reason) = pending.Split(':', 2) is [var k, var r] ? (k, r) : (pending, "");
        return t["wall.approval." + kind, Reason(reason, t)];
    }

    public static string Reason(string reason, Texts t)
    {
        var text = t["wall.reason." + reason.Trim().ToLowerInvariant()];
        return text.StartsWith("wall.", StringComparison.Ordinal) ? reason : text;
    }

    public static string Exception(FloorException e, Texts t)
    {
        switch (e.Kind)
        {
            case ExceptionKind.WeightMismatch when e.ExpectedGrams is int expected && e.ActualGrams is int actual:
                var diff = actual - expected;
                return t["wall.exception.WeightMismatch",
                    t.Kilograms(expected), t.Kilograms(actual),
                    (diff > 0 ? "+" : diff < 0 ? "−" : "±") + Math.Abs(diff).ToString(CultureInfo.InvariantCulture) + " g"];
            case ExceptionKind.ShortPack:
                // Stored as "missing: 2" (the reason, then the units short).
                var (reason, count) = e.Reason?.Split(':', 2) is [var r, var c] ? (r, c.Trim()) : (e.Reason ?? "", "?");
                return t["wall.exception.ShortPack", count, Reason(reason, t)];
            case ExceptionKind.QcFailed:
                return $"{t["wall.exception.QcFailed"]}: {Reason(e.Reason ?? "", t)}";
            default:
                var text = t["wall.exception." + e.Kind];
                return e.Reason is { Length: > 0 } why ? $"{text}: {why}" : text;
        }
    }

    /// <summary>Where a photo of an exception is shown: the photo upload's own address for it.</summary>
    public static string PhotoHref(string photoId) => "/api/photos/" + Uri.EscapeDataString(photoId);

    public static string TrailKind(string kind, Texts t)
    {
        var text = t["wall.trail." + kind];
        return text.StartsWith("wall.", StringComparison.Ordinal) ? kind : text;
    }

    /// <summary>"za 1 h 05 min" / "late 25 min": minutes are enough from across the room.</summary>
    public static string Countdown(TimeSpan left, Texts t)
    {
        var late = left < TimeSpan.Zero;
        var span = late ? -left : left;
        // No-break spaces: a line may break after "spóźnione", never inside "8 h 43 min".
        var text = span.TotalHours >= 1 ? $"{(int)span.TotalHours}\u00a0h\u00a0{span.Minutes:00}\u00a0min" : $"{Math.Max(span.Minutes, late ? 1 : 0)}\u00a0min";
        return t[late ? "wall.countdown.late" : "wall.countdown.in", text];
    }
}
