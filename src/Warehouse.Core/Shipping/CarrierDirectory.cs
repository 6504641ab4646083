namespace Warehouse.Core.Shipping;

/// <summary>Every carrier of the app by its code: what the packing station and the webhooks look up.</summary>
public sealed class CarrierDirectory
{
    private readonly Dictionary<string, ICarrier> _byCode;

    public CarrierDirectory(IEnumerable<ICarrier> carriers)
    {
        ArgumentNullException.ThrowIfNull(carriers);
        _byCode = new Dictionary<string, ICarrier>(StringComparer.OrdinalIgnoreCase);
        foreach (var carrier in carriers)
            if (!_byCode.TryAdd(carrier.Code, carrier))
                throw new ArgumentException($"Two carriers have the code {carrier.Code}.", nameof(carriers));
        All = [.. _byCode.Values.OrderBy(c => c.Code, StringComparer.Ordinal)];
    }

    public IReadOnlyList<ICarrier> All { get; }

    /// <summary>The carrier with <paramref name="code"/> (any case); <see cref="CarrierRefused"/> naming the known codes otherwise.</summary>
    public ICarrier Find(string? code) =>
        TryFind(code, out var carrier)
            ? carrier
            : throw new CarrierRefused($"No carrier has the code '{code}'; the carriers are {string.Join(", ", All.Select(c => c.Code))}.");

    public bool TryFind(string? code, out ICarrier carrier)
    {
        carrier = null!;
        return code is not null && _byCode.TryGetValue(code.Trim(), out carrier!);
    }
}
