using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Warehouse.Core.Orders;

namespace Warehouse.Core.Quality;

/// <summary>Decides at release whether an order goes through the QC bench (<see cref="QcOptions"/>).</summary>
public sealed class QcRules(IOptions<QcOptions> options)
{
    /// <summary>The order must have its lines and their SKUs loaded.</summary>
    public bool Requires(Order order)
    {
        var rules = options.Value;
        if (rules.Channels.Contains(order.Channel)) return true;
        if (order.Lines.Any(l => l.Sku.Category is { } c && rules.Categories.Contains(c, StringComparer.OrdinalIgnoreCase))) return true;
        if (rules.MinValueGrosze is { } min && order.ValueGrosze >= min) return true;
        return InSample(order.Number, rules.SamplePercent);
    }

    // The same order always falls the same way, so a wave cut off and finished later decides it alike.
    private static bool InSample(string number, double percent)
    {
        if (percent <= 0) return false;
        var hash = BinaryPrimitives.ReadUInt32BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(number)));
        return hash % 10_000 < percent * 100;
    }
}
