namespace Warehouse.Core.Notifications;

/// <summary>
/// The packing slip's words, in the customer's language (the order's, as the notices): customer
/// texts live here with the notices', not in the floor's table. <c>SlipTexts_Complete</c> keeps the
/// two languages' codes and placeholders equal.
/// </summary>
public static class SlipTexts
{
    public static IReadOnlyDictionary<string, string> For(string? language) =>
        NoticeTexts.LanguageOf(language) == NoticeTexts.Polish ? Pl : En;

    public static readonly IReadOnlyDictionary<string, string> Pl = new Dictionary<string, string>
    {
        ["slip.title"] = "Zawartość przesyłki",
        ["slip.order"] = "Zamówienie {0}",
        ["slip.thanks"] = "Dziękujemy za zakupy w {0}! Mamy nadzieję, że wszystko się spodoba.",
        ["slip.thanks.gift"] = "Ktoś o Tobie pomyślał — ta paczka to prezent. Miłego rozpakowywania!",
        ["slip.gift_note"] = "Wiadomość dla Ciebie",
        ["slip.product"] = "Produkt",
        ["slip.code"] = "Kod",
        ["slip.quantity"] = "Ilość",
        ["slip.price"] = "Cena",
        ["slip.total"] = "Razem",
        ["slip.coupon.FirstOrder"] = "Witamy! Na kolejne zakupy kod rabatowy: {0}",
        ["slip.coupon.Returning"] = "Dziękujemy, że do nas wracasz! Na kolejne zakupy kod rabatowy: {0}",
        ["slip.also_like"] = "Do tego pasuje",
        ["slip.returns"] = "Zwrot",
        ["slip.returns.how"] = "Masz 14 dni na zwrot bez podania przyczyny. Zeskanuj kod QR albo wejdź na {0} — przygotujemy etykietę zwrotną.",
        ["slip.returns.contact"] = "Aby zwrócić zamówienie, napisz do sklepu {0} w ciągu 14 dni.",
    };

    public static readonly IReadOnlyDictionary<string, string> En = new Dictionary<string, string>
    {
        ["slip.title"] = "Packing slip",
        ["slip.order"] = "Order {0}",
        ["slip.thanks"] = "Thank you for shopping at {0}! We hope you love everything.",
        ["slip.thanks.gift"] = "Someone thought of you — this parcel is a gift. Enjoy unpacking!",
        ["slip.gift_note"] = "A message for you",
        ["slip.product"] = "Product",
        ["slip.code"] = "Code",
        ["slip.quantity"] = "Qty",
        ["slip.price"] = "Price",
        ["slip.total"] = "Total",
        ["slip.coupon.FirstOrder"] = "Welcome! Your discount code for the next order: {0}",
        ["slip.coupon.Returning"] = "Thank you for coming back! Your discount code for the next order: {0}",
        ["slip.also_like"] = "Goes well with it",
        ["slip.returns"] = "Returns",
        ["slip.returns.how"] = "You have 14 days to return it, no reason needed. Scan the QR code or open {0} — we will prepare a return label.",
        ["slip.returns.contact"] = "To return the order, write to {0} within 14 days.",
    };
}
