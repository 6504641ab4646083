namespace Warehouse.Core.Catalog;

/// <summary>A stock-keeping unit: what a packer scans and what goes into a carton.</summary>
public sealed class Sku
{
    public int Id { get; set; }

    /// <summary>The shop's own code, printed on shelf labels; scannable as an alternative to the GTIN.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    /// <summary>GTIN-14 form (see <see cref="Barcodes.Gtin"/>); null for items without a barcode.</summary>
    public string? Gtin { get; set; }

    public int WeightGrams { get; set; }
    public Dimensions Size { get; set; }
    public bool Fragile { get; set; }

    /// <summary>What kind of goods (glass, clothing, cosmetics…): the QC bench's checklist and QC rules go by it.</summary>
    public string? Category { get; set; }

    /// <summary>Every unit carries a lot and an expiry date: stock is kept, allocated (first expiry first) and moved per lot.</summary>
    public bool TracksLots { get; set; }

    /// <summary>Every unit has its own serial number, unique for this SKU.</summary>
    public bool TracksSerials { get; set; }

    /// <summary>Excluded from withdrawal by art. 38 (why), or None; a complaint is never excluded.</summary>
    public WithdrawalExclusion WithdrawalExclusion { get; set; }
}
