namespace Warehouse.Web.Localization;

/// <summary>The supervisor's waves page (<c>/picking/waves</c>).</summary>
internal static class PickingPageTexts
{
    public static readonly IReadOnlyDictionary<string, string> Polish = new Dictionary<string, string>
    {
        ["home.waves"] = "Fale kompletacji",
        ["picking.waves.title"] = "Fale kompletacji",
        ["picking.waves.channels"] = "Kanały",
        ["picking.waves.carriers"] = "Przewoźnicy (po przecinku, puste: wszyscy)",
        ["picking.waves.ship_by_before"] = "Wysyłka przed",
        ["picking.waves.max_orders"] = "Najwyżej zamówień",
        ["picking.waves.mode"] = "Sposób",
        ["picking.waves.mode.batch"] = "Wiele zamówień na wózek",
        ["picking.waves.mode.single"] = "Jedno zamówienie na listę",
        ["picking.waves.totes_per_cart"] = "Skrzynek na wózku",
        ["picking.waves.preview"] = "Podgląd",
        ["picking.waves.release"] = "Wydaj falę",
        ["picking.waves.preview_heading"] = "Podgląd (nic nie zarezerwowano)",
        ["picking.waves.totals"] = "{0} zamówień · {1} linii · {2} szt. · {3} skrzynek · {4} list",
        ["picking.waves.route"] = "trasa {0} m (S-shape {1} m, largest gap {2} m)",
        ["picking.waves.would_hold"] = "zostanie wstrzymane: {0}",
        ["picking.waves.allocated"] = "Przydzielono {0} z {1} zamówień",
        ["picking.waves.released"] = "Fala {0}: wydano {1}, wstrzymano {2}, pominięto {3}; listy: {4}",
        ["picking.waves.nothing"] = "Żadne zamówienie nie pasuje",
        ["picking.lists.heading"] = "Listy kompletacji",
        ["picking.lists.number"] = "Lista",
        ["picking.lists.wave"] = "Fala",
        ["picking.lists.zone"] = "Strefa",
        ["picking.lists.state"] = "Stan",
        ["picking.lists.route"] = "Trasa",
    };

    public static readonly IReadOnlyDictionary<string, string> English = new Dictionary<string, string>
    {
        ["home.waves"] = "Pick waves",
        ["picking.waves.title"] = "Pick waves",
        ["picking.waves.channels"] = "Channels",
        ["picking.waves.carriers"] = "Carriers (comma-separated, empty: all)",
        ["picking.waves.ship_by_before"] = "Ship by before",
        ["picking.waves.max_orders"] = "At most orders",
        ["picking.waves.mode"] = "Mode",
        ["picking.waves.mode.batch"] = "Several orders per cart",
        ["picking.waves.mode.single"] = "One order per list",
        ["picking.waves.totes_per_cart"] = "Totes per cart",
        ["picking.waves.preview"] = "Preview",
        ["picking.waves.release"] = "Release wave",
        ["picking.waves.preview_heading"] = "Preview (nothing reserved)",
        ["picking.waves.totals"] = "{0} orders · {1} lines · {2} units · {3} totes · {4} lists",
        ["picking.waves.route"] = "route {0} m (S-shape {1} m, largest gap {2} m)",
        ["picking.waves.would_hold"] = "would be held: {0}",
        ["picking.waves.allocated"] = "Allocated {0} of {1} orders",
        ["picking.waves.released"] = "Wave {0}: released {1}, held {2}, skipped {3}; lists: {4}",
        ["picking.waves.nothing"] = "No order matches",
        ["picking.lists.heading"] = "Pick lists",
        ["picking.lists.number"] = "List",
        ["picking.lists.wave"] = "Wave",
        ["picking.lists.zone"] = "Zone",
        ["picking.lists.state"] = "State",
        ["picking.lists.route"] = "Route",
    };
}
