using System.Globalization;
using Warehouse.Core.Floor;
using Warehouse.Core.Returns;

namespace Warehouse.Web.Returns;

/// <summary>
/// The portal's return form read into a <see cref="ReturnRequest"/>: field <c>kind</c>, <c>dropOff</c>,
/// and per order line <c>q{id}</c> (units), <c>r{id}</c> (reason), <c>n{id}</c> (note). Anything that is
/// not one of the listed values — a drop-off the warehouse does not offer included — is refused with a message, never guessed at; the rules (in Core)
/// then judge the request itself.
/// </summary>
public static class ReturnForm
{
    public const string BadKind = "returns.form.bad_kind";
    public const string BadDropOff = "returns.form.bad_drop_off";
    public const string BadQuantity = "returns.form.bad_quantity";
    public const string BadReason = "returns.form.bad_reason";
    public const string UnknownField = "returns.form.unknown_field";

    public static (ReturnRequest? Request, IReadOnlyList<FloorMessage> Problems) Read(IFormCollection form, IReadOnlyCollection<int> orderLineIds, ReturnRoutes routes, bool confirmed)
    {
        var problems = new List<FloorMessage>();
        ReturnKind kind = default;
        if (form["kind"].ToString() is var k && !(k is { Length: > 0 and <= 20 } && char.IsAsciiLetter(k[0])
            && Enum.TryParse(k, ignoreCase: false, out kind) && Enum.IsDefined(kind)))
            problems.Add(new(BadKind));
        if (!routes.TryChoose(form["dropOff"].ToString(), out var dropOff)) problems.Add(new(BadDropOff));

        // Only fields this form has: a field for another order's line, or one we never asked, is not "ignored".
        foreach (var key in form.Keys)
        {
            if (key is "kind" or "dropOff" or "step" || key.StartsWith("__", StringComparison.Ordinal)) continue; // the antiforgery token
            if (LineOf(key) is { } id && orderLineIds.Contains(id)) continue;
            problems.Add(new(UnknownField));
            break;
        }

        var lines = new List<ReturnRequestLine>();
        foreach (var id in orderLineIds)
        {
            var q = form[$"q{id}"].ToString();
            if (q.Length == 0 || q == "0") continue;
            if (q.Length > 3 || !int.TryParse(q, NumberStyles.None, CultureInfo.InvariantCulture, out var quantity) || quantity > ReturnRules.MaxUnitsPerLine)
            {
                problems.Add(new(BadQuantity));
                continue;
            }
            var r = form[$"r{id}"].ToString();
            ReturnReason? reason = null;
            if (r.Length > 0)
            {
                if (ReturnReasons.TryParse(r, out var parsed)) reason = parsed;
                else problems.Add(new(BadReason));
            }
            var note = form[$"n{id}"].ToString();
            lines.Add(new ReturnRequestLine(id, quantity, reason, note.Length == 0 ? null : note));
        }
        return problems.Count > 0 ? (null, problems.Distinct().ToList()) : (new ReturnRequest(kind, dropOff, lines, confirmed), []);
    }

    /// <summary>The order line a per-line field names (q12, r12, n12); null for any other field.</summary>
    private static int? LineOf(string key) =>
        key.Length is >= 2 and <= 11 && key[0] is 'q' or 'r' or 'n'
        && int.TryParse(key.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
