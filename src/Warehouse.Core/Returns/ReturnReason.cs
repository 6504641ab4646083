namespace Warehouse.Core.Returns;

/// <summary>The fixed list a customer chooses a reason from, per returned item.</summary>
public enum ReturnReason
{
    Damaged,
    Defective,
    WrongItem,
    NotAsDescribed,
    TooSmall,
    TooLarge,
    ChangedMind,
    /// <summary>Needs a note saying what.</summary>
    Other,
}

public static class ReturnReasons
{
    /// <summary>Every reason, in the order the portal lists them.</summary>
    public static readonly IReadOnlyList<ReturnReason> All = Enum.GetValues<ReturnReason>();

    /// <summary>
    /// Controlled: our fault (the warehouse or the shop could have prevented it) — it damaged in
    /// transit, was faulty, the wrong item was packed, or the listing was wrong. Uncontrolled: the
    /// customer's choice. The share of controlled reasons is what the shop works on.
    /// </summary>
    public static bool IsControlled(ReturnReason reason) =>
        reason is ReturnReason.Damaged or ReturnReason.Defective or ReturnReason.WrongItem or ReturnReason.NotAsDescribed;

    /// <summary>A reason from the form ("TooSmall"); false for anything not on the list (numbers included).</summary>
    public static bool TryParse(string? text, out ReturnReason reason)
    {
        reason = default;
        return text is { Length: > 0 and <= 20 } && char.IsAsciiLetter(text[0])
            && Enum.TryParse(text, ignoreCase: false, out reason) && Enum.IsDefined(reason);
    }
}
