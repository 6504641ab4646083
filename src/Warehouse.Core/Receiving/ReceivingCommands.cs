namespace Warehouse.Core.Receiving;

/// <summary>Command barcodes on the goods-in desk's sheet (the pipeline answers CMD:SIGNOUT itself).</summary>
public static class ReceivingCommands
{
    /// <summary>The next delivery number is a delivery nobody announced: open it blind.</summary>
    public const string Blind = "CMD:RECEIPT:BLIND";

    /// <summary>The next item may go over what its line expects (and so may the rest of that line).</summary>
    public const string Over = "CMD:RECEIPT:OVER";

    /// <summary>Close the open delivery with its summary: expected against received, shorts and overs.</summary>
    public const string Close = "CMD:RECEIPT:CLOSE";

    /// <summary>List the open put-back tasks and walk them: tote → units → location.</summary>
    public const string PutBack = "CMD:PUTBACK";

    /// <summary>Leave put-back for receipts.</summary>
    public const string PutBackEnd = "CMD:PUTBACK:END";
}
