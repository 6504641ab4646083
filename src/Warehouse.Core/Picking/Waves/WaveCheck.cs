using Warehouse.Core.Orders;

namespace Warehouse.Core.Picking.Waves;

/// <summary>Checks a <see cref="WaveRequest"/>: every problem by field, at once, before anything is read or stored.</summary>
public sealed class WaveCheck(PickingOptions options)
{
    public const int MaxCarriers = 20;
    private readonly Dictionary<string, List<string>> _problems = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string[]> Problems => _problems.ToDictionary(p => p.Key, p => p.Value.ToArray());

    /// <summary>The selection, or null with <see cref="Problems"/> saying why.</summary>
    public WaveSelection? Run(WaveRequest request)
    {
        var ruleGiven = request.Channels is not null || request.Carriers is not null || request.ShipByBefore is not null || request.MaxOrders is not null;
        if (request.Orders is not null && ruleGiven)
            Add("orders", "Give order numbers or a rule (channels, carriers, shipByBefore, maxOrders), not both.");

        var numbers = request.Orders is null ? null : Numbers(request.Orders);
        var channels = Channels(request.Channels);
        var carriers = Carriers(request.Carriers);

        var maxOrders = request.MaxOrders ?? options.MaxOrdersPerWave;
        if (maxOrders < 1 || maxOrders > options.MaxOrdersPerWave)
            Add("maxOrders", $"From 1 to {options.MaxOrdersPerWave}.");

        var mode = PickingMode.Batch;
        if (request.Mode is { } m && !TryMode(m, out mode)) Add("mode", "Either \"single\" or \"batch\".");

        var totes = request.TotesPerCart ?? options.TotesPerCart;
        if (totes < 1 || totes > 24) Add("totesPerCart", "From 1 to 24.");

        if (_problems.Count > 0) return null;
        return new WaveSelection(numbers, channels, carriers, request.ShipByBefore?.UtcDateTime, maxOrders, mode, totes);
    }

    private List<string> Numbers(List<string?> orders)
    {
        if (orders.Count == 0) Add("orders", "Name at least one order.");
        if (orders.Count > options.MaxOrdersPerWave)
        {
            Add("orders", $"At most {options.MaxOrdersPerWave} orders in one wave; {orders.Count} were given.");
            return [];
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var numbers = new List<string>();
        for (var i = 0; i < orders.Count; i++)
        {
            var field = $"orders[{i}]";
            var number = orders[i]?.Trim();
            if (string.IsNullOrEmpty(number)) Add(field, "Empty order number.");
            else if (number.Length > 40) Add(field, "At most 40 characters.");
            else if (number.Any(char.IsControl)) Add(field, "Control characters are not allowed.");
            else if (!seen.Add(number)) Add(field, $"{number} is named twice.");
            else numbers.Add(number);
        }
        return numbers;
    }

    private List<SalesChannel> Channels(List<string?>? given)
    {
        if (given is null) return options.ChannelsPickedFirst.ToList();
        var channels = new List<SalesChannel>();
        if (given.Count == 0) Add("channels", "Name at least one channel, or leave it out for the channels picked before packing.");
        for (var i = 0; i < given.Count; i++)
        {
            if (given[i] is { } name && !int.TryParse(name, out _) && Enum.TryParse<SalesChannel>(name.Trim(), ignoreCase: true, out var channel))
            {
                if (!channels.Contains(channel)) channels.Add(channel);
            }
            else Add($"channels[{i}]", $"Must be one of: {string.Join(", ", Enum.GetNames<SalesChannel>())}.");
        }
        return channels;
    }

    private List<string> Carriers(List<string?>? given)
    {
        if (given is null) return [];
        if (given.Count > MaxCarriers) Add("carriers", $"At most {MaxCarriers} carriers.");
        var carriers = new List<string>();
        for (var i = 0; i < given.Count && i < MaxCarriers; i++)
        {
            var carrier = given[i]?.Trim();
            if (string.IsNullOrEmpty(carrier) || carrier.Length > 40 || carrier.Any(char.IsControl))
                Add($"carriers[{i}]", "A carrier name of 1 to 40 characters, no control characters.");
            else carriers.Add(carrier);
        }
        return carriers;
    }

    private static bool TryMode(string text, out PickingMode mode)
    {
        mode = text.Trim().ToLowerInvariant() switch { "single" => PickingMode.Single, "batch" => PickingMode.Batch, _ => (PickingMode)(-1) };
        return Enum.IsDefined(mode);
    }

    private void Add(string field, string problem)
    {
        if (!_problems.TryGetValue(field, out var list)) _problems[field] = list = [];
        list.Add(problem);
    }
}
