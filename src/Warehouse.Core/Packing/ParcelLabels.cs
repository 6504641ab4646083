using Microsoft.Extensions.Options;
using Warehouse.Core.Barcodes;
using Warehouse.Core.Labels;

namespace Warehouse.Core.Packing;

/// <summary>Our own mark on a parcel: its SSCC, made at packing, before any carrier answers.</summary>
public sealed class ParcelLabels(IOptions<LabelOptions> options)
{
    /// <summary>The next SSCC for a parcel, under our company prefix.</summary>
    public Sscc NewSscc(long serial) => Sscc.Create(options.Value.SsccExtensionDigit, options.Value.SsccCompanyPrefix, serial);
}
