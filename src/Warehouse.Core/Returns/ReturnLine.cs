namespace Warehouse.Core.Returns;

/// <summary>
/// Units of one order line coming back, with the customer's reason. The desk (next step) adds what
/// arrived, its grade and disposition per line; the quantity declared here stays as declared.
/// </summary>
public sealed class ReturnLine
{
    public int Id { get; set; }
    public int ReturnId { get; set; }
    public int OrderLineId { get; set; }
    public int SkuId { get; set; }
    public required string SkuCode { get; set; }
    public int Quantity { get; set; }
    /// <summary>Null when the customer gave none (a withdrawal needs none).</summary>
    public ReturnReason? Reason { get; set; }

    /// <summary>Stored as decided when declared (<see cref="ReturnReasons.IsControlled"/>), so a later change of the list does not rewrite history.</summary>
    public bool Controlled { get; set; }

    /// <summary>The customer's words (required for "other"), at most <see cref="ReturnRules.MaxNote"/> characters; shown as text only.</summary>
    public string? Note { get; set; }
}
