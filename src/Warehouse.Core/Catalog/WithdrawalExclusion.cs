namespace Warehouse.Core.Catalog;

/// <summary>
/// Why a SKU cannot be returned by withdrawal (Polish consumer-rights act, art. 38 — ustawa o prawach
/// konsumenta): such goods may still be complained about. None for almost everything.
/// </summary>
public enum WithdrawalExclusion
{
    None,
    /// <summary>Made to the customer's specification or clearly personalised (art. 38 pt 3).</summary>
    MadeToOrder,
    /// <summary>Perishable or with a short shelf life (pt 4).</summary>
    Perishable,
    /// <summary>Sealed for health or hygiene reasons and unsealed after delivery (pt 5).</summary>
    SealedHygiene,
    /// <summary>Sealed audio, video or software unsealed after delivery (pt 9).</summary>
    SealedMedia,
    /// <summary>Newspapers and magazines, other than by subscription (pt 10).</summary>
    Press,
}
