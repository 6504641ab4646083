namespace Warehouse.Web.Localization;

/// <summary>The returns without a label (<c>/floor/returns/labels</c>): what the carrier's silence means and what to do.</summary>
internal static class ReturnLabelsPageTexts
{
    public static readonly IReadOnlyDictionary<string, string> Polish = new Dictionary<string, string>
    {
        ["home.return_labels"] = "Zwroty bez etykiety",
        ["return_labels.title"] = "Zwroty bez etykiety",
        ["return_labels.intro"] = "Zwroty zgłoszone w portalu, które nie mają jeszcze etykiety przewoźnika. Portal pyta przewoźnika ponownie, gdy klient otworzy stronę — z wyjątkiem zwrotów, o które już zapytano bez odpowiedzi.",
        ["return_labels.none"] = "Każdy zgłoszony zwrot ma etykietę.",
        ["return_labels.return"] = "Zwrot",
        ["return_labels.order"] = "Zamówienie",
        ["return_labels.carrier"] = "Przewoźnik",
        ["return_labels.reference"] = "Numer referencyjny",
        ["return_labels.declared"] = "Zgłoszony",
        ["return_labels.state"] = "Co się dzieje",
        ["return_labels.asked"] = "{0} mógł już utworzyć ten zwrot: zapytano {1}, odpowiedź nie dotarła. Nie pytamy ponownie, żeby klient nie dostał dwóch etykiet.",
        ["return_labels.asked_todo"] = "Znajdź zwrot w panelu przewoźnika po numerze referencyjnym {0}. Jest — wyślij klientowi jego etykietę (albo usuń go tam i zapytaj ponownie). Nie ma — zapytaj ponownie.",
        ["return_labels.asked_todo_no_reference"] = "Ten przewoźnik nie dostaje naszego numeru referencyjnego: znajdź zwrot w jego panelu tak, jak mówi ostatnia odpowiedź poniżej. Jest — wyślij klientowi jego etykietę. Nie ma — zapytaj ponownie.",
        ["return_labels.waiting"] = "Przewoźnik nie dał jeszcze etykiety; portal zapyta ponownie, gdy klient otworzy stronę.",
        ["return_labels.detail"] = "Ostatnia odpowiedź (w oryginale): {0}",
        ["return_labels.checked"] = "Sprawdziłem panel przewoźnika: nie ma tam zwrotu {0}",
        ["return_labels.ask_again"] = "Zapytaj przewoźnika ponownie",
        ["return_labels.not_checked"] = "{0}: najpierw zaznacz, że w panelu przewoźnika nie ma tego zwrotu.",
        ["return_labels.labelled"] = "{0}: etykieta gotowa — klient zobaczy ją w portalu.",
        ["return_labels.still_none"] = "{0}: zapytano ponownie, etykiety nadal nie ma (poniżej).",
        ["return_labels.nothing_to_clear"] = "{0}: nie ma czego ponawiać (zwrot ma już etykietę albo ktoś zrobił to przed chwilą).",
        // The audit event of "Ask the carrier again", as the order's trail shows it.
        ["wall.trail.return.label_ask_cleared"] = "kierownik: zapytać przewoźnika ponownie o etykietę zwrotu",
    };

    public static readonly IReadOnlyDictionary<string, string> English = new Dictionary<string, string>
    {
        ["home.return_labels"] = "Returns without a label",
        ["return_labels.title"] = "Returns without a label",
        ["return_labels.intro"] = "Returns declared on the portal that have no carrier's label yet. The portal asks the carrier again when the customer opens the page — except for returns already asked for with no answer.",
        ["return_labels.none"] = "Every declared return has its label.",
        ["return_labels.return"] = "Return",
        ["return_labels.order"] = "Order",
        ["return_labels.carrier"] = "Carrier",
        ["return_labels.reference"] = "Reference",
        ["return_labels.declared"] = "Declared",
        ["return_labels.state"] = "What is going on",
        ["return_labels.asked"] = "{0} may already have made this return: asked {1}, the answer never came. It is not asked again, so the customer never gets two labels.",
        ["return_labels.asked_todo"] = "Find it in the carrier's panel by the reference {0}. There — send the customer its label (or delete it there and ask again). Not there — ask again.",
        ["return_labels.asked_todo_no_reference"] = "This carrier never gets our reference: find the return in its panel as the last answer below says. There — send the customer its label. Not there — ask again.",
        ["return_labels.waiting"] = "The carrier gave no label yet; the portal asks again when the customer opens the page.",
        ["return_labels.detail"] = "Last answer (as given): {0}",
        ["return_labels.checked"] = "I checked the carrier's panel: return {0} is not there",
        ["return_labels.ask_again"] = "Ask the carrier again",
        ["return_labels.not_checked"] = "{0}: first tick that the return is not in the carrier's panel.",
        ["return_labels.labelled"] = "{0}: the label is ready — the customer sees it on the portal.",
        ["return_labels.still_none"] = "{0}: asked again, still no label (below).",
        ["return_labels.nothing_to_clear"] = "{0}: nothing to ask again (the return has its label, or someone did it a moment ago).",
        ["wall.trail.return.label_ask_cleared"] = "supervisor: ask the carrier again for the return's label",
    };
}
