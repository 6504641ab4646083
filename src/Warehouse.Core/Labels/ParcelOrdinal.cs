namespace Warehouse.Core.Labels;

/// <summary>"Parcel 2 of 3" on a multi-parcel shipment.</summary>
public sealed record ParcelOrdinal(int Number, int Count)
{
    public override string ToString() => $"{Number}/{Count}";
}
