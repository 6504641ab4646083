namespace Warehouse.Core.Notifications;

/// <summary>
/// The customer's words, one table per language. Not the floor's table (<c>FloorTexts</c> is the
/// web's, for screens and the people on the floor); these are written to customers, by Core,
/// and <c>NoticeTexts_Complete</c> keeps the two languages' codes and placeholders equal.
/// {0} is the order number, {1} the shop's name.
/// </summary>
public static class NoticeTexts
{
    public const string Polish = "pl";
    public const string English = "en";

    /// <summary>"pl" writes Polish; any other language (or none) English.</summary>
    public static IReadOnlyDictionary<string, string> For(string? language) =>
        string.Equals(language?.Trim(), Polish, StringComparison.OrdinalIgnoreCase) ? Pl : En;

    public static string LanguageOf(string? language) => For(language) == Pl ? Polish : English;

    public static readonly IReadOnlyDictionary<string, string> Pl = new Dictionary<string, string>
    {
        ["greeting"] = "Dzień dobry, {0}!",
        ["greeting.anonymous"] = "Dzień dobry!",
        ["track"] = "Śledź przesyłkę",
        ["tracking_number"] = "Numer przesyłki: {0}",
        ["also_like"] = "Może Ci się spodobać",
        ["footer"] = "Wiadomość dotyczy zamówienia {0} w sklepie {1}. Wysłaliśmy ją automatycznie — nie odpowiadaj na nią.",
        ["subject.OrderConfirmed"] = "{1}: przyjęliśmy zamówienie {0}",
        ["lead.OrderConfirmed"] = "Dziękujemy! Przyjęliśmy Twoje zamówienie {0} i zaczynamy je kompletować.",
        ["subject.Packed"] = "{1}: zamówienie {0} jest spakowane",
        ["lead.Packed"] = "Twoje zamówienie {0} jest spakowane i czeka na kuriera.",
        ["subject.Shipped"] = "{1}: zamówienie {0} jest w drodze",
        ["lead.Shipped"] = "Przekazaliśmy Twoją przesyłkę z zamówienia {0} przewoźnikowi. Możesz ją śledzić:",
        ["subject.OutForDelivery"] = "{1}: przesyłka z zamówienia {0} jest dziś w doręczeniu",
        ["lead.OutForDelivery"] = "Kurier wiezie dziś Twoją przesyłkę z zamówienia {0}.",
        ["subject.Delivered"] = "{1}: przesyłka z zamówienia {0} została doręczona",
        ["lead.Delivered"] = "Twoja przesyłka z zamówienia {0} została doręczona. Dziękujemy za zakupy!",
        ["subject.FailedAttempt"] = "{1}: nie udało się doręczyć przesyłki z zamówienia {0}",
        ["lead.FailedAttempt"] = "Kurier nie zastał Cię dziś z przesyłką z zamówienia {0}. Szczegóły i kolejna próba na stronie śledzenia:",
        ["subject.Delayed"] = "{1}: zamówienie {0} jest opóźnione",
        ["lead.Delayed"] = "Przepraszamy — Twoje zamówienie {0} nie zostało wysłane w obiecanym terminie. Wyślemy je najszybciej, jak to możliwe.",
        ["subject.ReturnReceived"] = "{1}: otrzymaliśmy zwrot z zamówienia {0}",
        ["lead.ReturnReceived"] = "Otrzymaliśmy Twój zwrot z zamówienia {0}. Sprawdzimy go i damy znać.",
        ["subject.RefundDecided"] = "{1}: decyzja w sprawie zwrotu z zamówienia {0}",
        ["lead.RefundDecided"] = "Rozpatrzyliśmy zwrot z zamówienia {0}.",
        ["sms.OrderConfirmed"] = "{1}: przyjęliśmy zamówienie {0}.",
        ["sms.Packed"] = "{1}: zamówienie {0} jest spakowane.",
        ["sms.Shipped"] = "{1}: zamówienie {0} jest w drodze.",
        ["sms.OutForDelivery"] = "{1}: przesyłka z zamówienia {0} jest dziś w doręczeniu.",
        ["sms.Delivered"] = "{1}: przesyłka z zamówienia {0} została doręczona.",
        ["sms.FailedAttempt"] = "{1}: nie udało się doręczyć przesyłki z zamówienia {0}.",
        ["sms.Delayed"] = "{1}: przepraszamy, zamówienie {0} jest opóźnione.",
        ["sms.ReturnReceived"] = "{1}: otrzymaliśmy zwrot z zamówienia {0}.",
        ["sms.RefundDecided"] = "{1}: rozpatrzyliśmy zwrot z zamówienia {0}.",
        ["subject.WithdrawalAcknowledged"] = "{1}: potwierdzenie odstąpienia od umowy — zamówienie {0}",
        ["lead.WithdrawalAcknowledged"] = "Potwierdzamy otrzymanie Twojego oświadczenia o odstąpieniu od umowy dla zamówienia {0}. Odeślij towar w ciągu 14 dni; zwrot pieniędzy otrzymasz najpóźniej 14 dni od złożenia oświadczenia (możemy go wstrzymać do otrzymania towaru lub dowodu jego odesłania).",
        ["sms.WithdrawalAcknowledged"] = "{1}: potwierdzamy odstąpienie od umowy dla zamówienia {0}.",
        ["subject.ComplaintAcknowledged"] = "{1}: przyjęliśmy reklamację — zamówienie {0}",
        ["lead.ComplaintAcknowledged"] = "Przyjęliśmy Twoją reklamację towaru z zamówienia {0}. Odpowiemy w ciągu 14 dni; koszt odesłania pokrywamy my.",
        ["sms.ComplaintAcknowledged"] = "{1}: przyjęliśmy reklamację z zamówienia {0}.",
        ["return_number"] = "Numer zwrotu (RMA): {0}",
        ["declared_at"] = "Oświadczenie złożone: {0} (czas polski)",
    };

    public static readonly IReadOnlyDictionary<string, string> En = new Dictionary<string, string>
    {
        ["greeting"] = "Hello {0},",
        ["greeting.anonymous"] = "Hello,",
        ["track"] = "Track your parcel",
        ["tracking_number"] = "Tracking number: {0}",
        ["also_like"] = "You may also like",
        ["footer"] = "This message is about order {0} at {1}. It was sent automatically — please do not reply.",
        ["subject.OrderConfirmed"] = "{1}: we have your order {0}",
        ["lead.OrderConfirmed"] = "Thank you! We have received your order {0} and are getting it ready.",
        ["subject.Packed"] = "{1}: order {0} is packed",
        ["lead.Packed"] = "Your order {0} is packed and waiting for the carrier.",
        ["subject.Shipped"] = "{1}: order {0} is on its way",
        ["lead.Shipped"] = "We have handed the parcel with your order {0} to the carrier. You can track it here:",
        ["subject.OutForDelivery"] = "{1}: your parcel from order {0} is out for delivery",
        ["lead.OutForDelivery"] = "The courier is bringing your parcel from order {0} today.",
        ["subject.Delivered"] = "{1}: your parcel from order {0} has been delivered",
        ["lead.Delivered"] = "Your parcel from order {0} has been delivered. Thank you for shopping with us!",
        ["subject.FailedAttempt"] = "{1}: we could not deliver your parcel from order {0}",
        ["lead.FailedAttempt"] = "The courier could not deliver your parcel from order {0} today. Details and the next attempt on the tracking page:",
        ["subject.Delayed"] = "{1}: order {0} is delayed",
        ["lead.Delayed"] = "We are sorry — your order {0} did not ship when we promised. We will send it as soon as we can.",
        ["subject.ReturnReceived"] = "{1}: we have received your return for order {0}",
        ["lead.ReturnReceived"] = "We have received your return for order {0}. We will check it and let you know.",
        ["subject.RefundDecided"] = "{1}: a decision on your return for order {0}",
        ["lead.RefundDecided"] = "We have looked at your return for order {0}.",
        ["sms.OrderConfirmed"] = "{1}: we have your order {0}.",
        ["sms.Packed"] = "{1}: order {0} is packed.",
        ["sms.Shipped"] = "{1}: order {0} is on its way.",
        ["sms.OutForDelivery"] = "{1}: your parcel from order {0} is out for delivery today.",
        ["sms.Delivered"] = "{1}: your parcel from order {0} has been delivered.",
        ["sms.FailedAttempt"] = "{1}: we could not deliver your parcel from order {0}.",
        ["sms.Delayed"] = "{1}: sorry, order {0} is delayed.",
        ["sms.ReturnReceived"] = "{1}: we have received your return for order {0}.",
        ["sms.RefundDecided"] = "{1}: we have looked at your return for order {0}.",
        ["subject.WithdrawalAcknowledged"] = "{1}: we confirm your withdrawal — order {0}",
        ["lead.WithdrawalAcknowledged"] = "We confirm that we have received your notice of withdrawal from the contract for order {0}. Please send the goods back within 14 days; you will get your money back at the latest 14 days after your notice (we may wait until we have the goods or proof that you sent them).",
        ["sms.WithdrawalAcknowledged"] = "{1}: we confirm your withdrawal for order {0}.",
        ["subject.ComplaintAcknowledged"] = "{1}: we have your complaint — order {0}",
        ["lead.ComplaintAcknowledged"] = "We have your complaint about goods from order {0}. We will answer within 14 days; we pay for sending them back.",
        ["sms.ComplaintAcknowledged"] = "{1}: we have your complaint about order {0}.",
        ["return_number"] = "Return number (RMA): {0}",
        ["declared_at"] = "Notice given: {0} (Polish time)",
    };
}
