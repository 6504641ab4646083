using System.Globalization;
using Warehouse.Core.Notifications;

namespace Warehouse.Core.Slips;

/// <summary>The slip's words and money in the customer's language: one wording for the page and the PDF.</summary>
public sealed class SlipWording(PackingSlip slip)
{
    private readonly IReadOnlyDictionary<string, string> _words = SlipTexts.For(slip.Language);

    public CultureInfo Culture { get; } = CultureInfo.GetCultureInfo(slip.Language == "pl" ? "pl-PL" : "en-GB");

    public string this[string code, params object?[] args] => string.Format(Culture, _words[code], args);

    /// <summary>Minor units: integers all the way, divided only here, for the eye; "—" for a price not known.</summary>
    public string Money(long? minor) => minor is long m ? $"{(m / 100m).ToString("N2", Culture)} {slip.Currency}" : "—";

    public string Thanks => slip.Gift ? this["slip.thanks.gift"] : this["slip.thanks", slip.Brand.DisplayName];

    public string? Coupon => slip.CouponCode is { } code ? this[$"slip.coupon.{slip.Segment}", code] : null;

    public string Returns => slip.ReturnsUrl is { } url ? this["slip.returns.how", url] : this["slip.returns.contact", slip.Brand.DisplayName];
}
