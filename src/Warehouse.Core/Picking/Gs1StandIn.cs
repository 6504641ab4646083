namespace Warehouse.Core.Picking;

/// <summary>
/// Characters a keyboard wedge may type for GS: printable ASCII that no GS1 value may contain — outside the
/// 82-character set (ISO 646 invariant subset) and the 39-character set (<c>#</c>, <c>-</c>, <c>/</c>, digits,
/// capitals). Not <c>]</c> or <c>(</c>: they start the AIM prefix and the bracket form.
/// </summary>
public static class Gs1StandIn
{
    public const string Allowed = "~|^`{}@$\\[";

    public static bool IsAllowed(char c) => Allowed.Contains(c);
}
