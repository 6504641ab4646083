namespace Warehouse.Core.Barcodes;

/// <summary>The barcodes the server draws as images.</summary>
public enum BarcodeSymbology
{
    /// <summary>Code 128 of printable ASCII: pick tickets, command barcodes.</summary>
    Code128,
    /// <summary>Code 128 starting with FNC1: GS1 element strings such as (00) SSCC.</summary>
    Gs1_128,
    QrCode,
    /// <summary>Square DataMatrix of any text. (No GS1 DataMatrix yet: see docs/adr/0002-packages.md.)</summary>
    DataMatrix,
}
