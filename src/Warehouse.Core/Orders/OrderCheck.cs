using System.Text.RegularExpressions;
using Warehouse.Core.Catalog;
using Warehouse.Core.Labels;

namespace Warehouse.Core.Orders;

/// <summary>The rules an imported order must meet, each broken rule named by its field.</summary>
internal sealed partial class OrderCheck(ImportedOrder input, DateTime nowUtc)
{
    public const int MaxLines = 500;
    public const int MaxQuantity = 10_000;
    public const int MaxPickupPoint = 20;
    public const int MaxGiftNote = 500;

    /// <summary>A million in major units: more than any parcel we pack, less than a mistake in minor units.</summary>
    public const decimal MaxMoney = 1_000_000m;

    /// <summary>
    /// How far a ship-by date may lie from the import. A shop that sends year 0001 (an unset
    /// date) or 9999 would put a nonsense cut-off at the top of the supervisor's wall.
    /// </summary>
    public static readonly TimeSpan ShipByPast = TimeSpan.FromDays(366), ShipByFuture = TimeSpan.FromDays(366);

    /// <summary>The label prints no more of the number than this; a longer one would leave the box unrecognisable.</summary>
    public const int MaxNumber = ShippingLabelZpl.MaxOrderNumberLength;

    public Dictionary<string, List<string>> Problems { get; } = [];

    public HashSet<string> SkuCodes { get; } = new(StringComparer.Ordinal);

    private SalesChannel _channel;

    public void Run()
    {
        if (input.Number is { Length: > MaxNumber })
            Add("number", $"At most {MaxNumber} characters: the shipping label prints no more.");
        else if (Text("number", input.Number, MaxNumber, required: true) && !OrderNumberPattern().IsMatch(input.Number!.Trim()))
            // '/' would split the order's address in the API (/api/orders/{number}) and on the tracking page.
            Add("number", "Use letters, digits, '-' or '_' only.");
        // Enum.TryParse also takes "3" and "Allegro,Marketplace" (flags): only a channel's own name will do.
        if (Enum.GetNames<SalesChannel>().FirstOrDefault(n => string.Equals(n, input.Channel?.Trim(), StringComparison.OrdinalIgnoreCase)) is not { } channel
            || !Enum.TryParse(channel, out _channel))
            Add("channel", $"Must be one of: {string.Join(", ", Enum.GetNames<SalesChannel>())}.");

        if (input.Customer is null) Add("customer", "Required.");
        NotBlank("customer.name", input.Customer?.Name);
        Text("customer.name", input.Customer?.Name, 200, required: input.ShipTo?.Name is null);
        Text("customer.email", input.Customer?.Email, 254, required: false);
        if (input.Customer?.Email is { Length: > 0 } email && !email.Contains('@')) Add("customer.email", "Not an e-mail address.");
        Text("customer.phone", input.Customer?.Phone, 40, required: false);

        if (input.ShipTo is null) Add("shipTo", "Required.");
        NotBlank("shipTo.name", input.ShipTo?.Name);
        Text("shipTo.name", input.ShipTo?.Name, 200, required: false);
        Text("shipTo.street", input.ShipTo?.Street, 200, required: true);
        Text("shipTo.postalCode", input.ShipTo?.PostalCode, 20, required: true);
        Text("shipTo.city", input.ShipTo?.City, 100, required: true);
        if (input.ShipTo?.Country is { } country && !CountryPattern().IsMatch(country))
            Add("shipTo.country", "Two-letter ISO country code, e.g. PL.");

        Text("carrier", input.Carrier, 40, required: true);
        Text("service", input.Service, 40, required: true);
        CheckShipBy();
        CheckLines();
        CheckExtras();
    }

    private void CheckExtras()
    {
        if (Text("pickupPoint", input.PickupPoint, MaxPickupPoint, required: false) && !PickupPointPattern().IsMatch(input.PickupPoint!.Trim()))
            Add("pickupPoint", "A pickup point code is letters and digits, e.g. KRA01M.");
        Money("cashOnDelivery", input.CashOnDelivery);
        Money("deliveryPaid", input.DeliveryPaid);
        if (input.Currency is not null && !CurrencyPattern().IsMatch(input.Currency))
            Add("currency", "Three-letter ISO 4217 code in capitals, e.g. PLN.");
        if (input.Language is not null && !LanguagePattern().IsMatch(input.Language))
            Add("language", "Two-letter ISO 639-1 code, e.g. pl or en.");
        Text("giftNote", input.GiftNote, MaxGiftNote, required: false, allowNewLines: true);
        if (input.GiftNote is { Length: > 0 } && input.Gift is not true) Add("giftNote", "A gift note needs \"gift\": true.");
        Text("brand", input.Brand, 40, required: false);
    }

    private void Money(string field, decimal? amount)
    {
        if (amount is not { } a) return;
        if (a < 0 || a > MaxMoney) Add(field, $"Must be from 0 to {MaxMoney:0}.");
        else if (decimal.Round(a, 2) != a) Add(field, "At most two decimal places.");
    }

    private static long? Minor(decimal? amount) => amount is { } a ? (long)(a * 100) : null;

    private void CheckShipBy()
    {
        if (input.ShipBy is not { } shipBy) return;
        var utc = shipBy.ToUniversalTime(); // as ToOrder stores it
        var earliest = nowUtc - ShipByPast;
        var latest = nowUtc + ShipByFuture;
        if (utc < earliest || utc > latest)
            Add("shipBy", $"Ship-by date {shipBy:yyyy-MM-dd HH:mm} is not a real deadline: it must lie between {earliest:yyyy-MM-dd} and {latest:yyyy-MM-dd} (UTC).");
    }

    private void CheckLines()
    {
        if (input.Lines is null || input.Lines.Count == 0)
        {
            Add("lines", "An order needs at least one line.");
            return;
        }
        if (input.Lines.Count > MaxLines)
        {
            Add("lines", $"At most {MaxLines} lines.");
            return;
        }
        for (var i = 0; i < input.Lines.Count; i++)
        {
            var line = input.Lines[i];
            if (line is null)
            {
                Add($"lines[{i}]", "Required.");
                continue;
            }
            if (Text($"lines[{i}].sku", line.Sku, 40, required: true)) SkuCodes.Add(line.Sku!.Trim().ToUpperInvariant());
            if (line.Quantity is not (>= 1 and <= MaxQuantity)) Add($"lines[{i}].quantity", $"Must be a whole number from 1 to {MaxQuantity}.");
            Money($"lines[{i}].price", line.Price);
        }
        // Lines of one SKU are merged, so the cap holds for their sum: split lines must not pass 10 000 twice.
        var summed = input.Lines.Select((l, i) => (Line: l, Index: i)).Where(x => x.Line?.Sku is { Length: > 0 } && x.Line.Quantity is >= 1 and <= MaxQuantity);
        foreach (var group in summed.GroupBy(x => x.Line!.Sku!.Trim().ToUpperInvariant()))
        {
            var total = group.Sum(x => (long)x.Line!.Quantity!.Value);
            if (total > MaxQuantity) Add($"lines[{group.Last().Index}].quantity", $"SKU {group.Key} adds up to {total} on this order; at most {MaxQuantity}.");
        }
        // Lines of one SKU are merged into one; two prices for it would leave us guessing which held.
        var priced = input.Lines.Select((l, i) => (Line: l, Index: i)).Where(x => x.Line?.Sku is { Length: > 0 } && x.Line.Price is not null);
        foreach (var group in priced.GroupBy(x => x.Line!.Sku!.Trim().ToUpperInvariant()).Where(g => g.Select(x => x.Line!.Price).Distinct().Count() > 1))
            Add($"lines[{group.Last().Index}].price", $"SKU {group.Key} is on the order at two prices; send it as one line.");
    }

    public void MatchSkus(IReadOnlyDictionary<string, Sku> known)
    {
        for (var i = 0; i < (input.Lines?.Count ?? 0); i++)
        {
            var code = input.Lines![i]?.Sku?.Trim().ToUpperInvariant();
            if (code is not null && SkuCodes.Contains(code) && !known.ContainsKey(code))
                Add($"lines[{i}].sku", $"Unknown SKU '{code}'.");
        }
    }

    public Order ToOrder(IReadOnlyDictionary<string, Sku> skus, DateTime now)
    {
        var lines = input.Lines!
            .GroupBy(l => l!.Sku!.Trim().ToUpperInvariant())
            .Select(g => new OrderLine
            {
                SkuId = skus[g.Key].Id,
                Quantity = g.Sum(l => l!.Quantity!.Value),
                UnitPriceMinor = Minor(g.Select(l => l!.Price).FirstOrDefault(p => p is not null)),
            })
            .ToList();
        return new Order
        {
            Number = input.Number!.Trim(),
            Channel = _channel,
            Carrier = input.Carrier!.Trim(),
            Service = input.Service!.Trim(),
            ShipByUtc = input.ShipBy is { } by ? DateTime.SpecifyKind(by.ToUniversalTime(), DateTimeKind.Utc) : now.AddDays(1),
            ReceivedUtc = now,
            Lines = lines,
            PickupPoint = input.PickupPoint?.Trim().ToUpperInvariant() is { Length: > 0 } point ? point : null,
            CashOnDeliveryMinor = Minor(input.CashOnDelivery),
            DeliveryPaidMinor = Minor(input.DeliveryPaid),
            Currency = input.Currency ?? "PLN",
            Language = input.Language ?? "pl",
            MarketingConsent = input.MarketingConsent ?? false,
            Gift = input.Gift ?? false,
            GiftNote = string.IsNullOrWhiteSpace(input.GiftNote) ? null : input.GiftNote.Trim(),
            EcoPackaging = input.EcoPackaging ?? false,
            Brand = string.IsNullOrWhiteSpace(input.Brand) ? null : input.Brand.Trim(),
            Recipient = new Recipient
            {
                Name = (input.ShipTo!.Name ?? input.Customer!.Name)!.Trim(),
                Email = input.Customer?.Email?.Trim(),
                Phone = input.Customer?.Phone?.Trim(),
                Street = input.ShipTo.Street!.Trim(),
                PostalCode = input.ShipTo.PostalCode!.Trim(),
                City = input.ShipTo.City!.Trim(),
                CountryCode = (input.ShipTo.Country ?? "PL").ToUpperInvariant(),
            },
        };
    }

    public IReadOnlyDictionary<string, string[]> ProblemList() => Problems.ToDictionary(p => p.Key, p => p.Value.ToArray());

    /// <summary>A name sent as spaces is a name missing: the label and the carrier would get nothing to deliver to.</summary>
    private void NotBlank(string field, string? value)
    {
        if (value is not null && string.IsNullOrWhiteSpace(value)) Add(field, "Must not be blank.");
    }

    private bool Text(string field, string? value, int max, bool required, bool allowNewLines = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) Add(field, "Required.");
            return false;
        }
        if (value.Length > max) Add(field, $"At most {max} characters.");
        else if (value.Any(c => char.IsControl(c) && !(allowNewLines && c is '\n' or '\r'))) Add(field, "Control characters are not allowed.");
        else return true;
        return false;
    }

    private void Add(string field, string problem)
    {
        if (!Problems.TryGetValue(field, out var list)) Problems[field] = list = [];
        list.Add(problem);
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]*$")]
    private static partial Regex OrderNumberPattern();

    [GeneratedRegex("^[A-Za-z]{2}$")]
    private static partial Regex CountryPattern();

    [GeneratedRegex("^[A-Za-z0-9]{2,20}$")]
    private static partial Regex PickupPointPattern();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyPattern();

    [GeneratedRegex("^[a-z]{2}$")]
    private static partial Regex LanguagePattern();
}
