namespace Warehouse.Core.Demo;

/// <summary>Product families of a Polish online shop: name stem, SKU prefix, size, weight and price ranges (whole złoty).</summary>
internal static class DemoProducts
{
    public sealed record Family(string Prefix, string[] Names, string[] Variants, (int Min, int Max) Grams, (int L, int W, int H) Size, bool Fragile, (int Min, int Max) Zloty);

    public static readonly Family[] Families =
    [
        new("KUB", ["Kubek ceramiczny", "Kubek termiczny", "Filiżanka porcelanowa"], ["250 ml", "350 ml", "450 ml", "biały", "granatowy"], (250, 420), (120, 95, 110), true, (29, 79)),
        new("SZA", ["Szampon do włosów suchych", "Szampon przeciwłupieżowy", "Odżywka do włosów"], ["250 ml", "400 ml", "500 ml"], (280, 560), (200, 70, 50), false, (15, 45)),
        new("KRM", ["Krem do rąk", "Krem nawilżający do twarzy", "Krem z filtrem SPF 50"], ["50 ml", "75 ml", "100 ml"], (70, 160), (140, 50, 40), false, (19, 89)),
        new("BAL", ["Balsam do ust", "Pomadka ochronna"], ["wiśnia", "miód", "mięta"], (8, 30), (75, 20, 20), false, (9, 25)),
        new("KSI", ["Książka „Lalka”", "Książka „Quo vadis”", "Poradnik „Ogród w mieście”", "Atlas ptaków Polski"], ["oprawa miękka", "oprawa twarda"], (350, 900), (215, 145, 35), false, (29, 99)),
        new("KAB", ["Kabel USB-C", "Ładowarka sieciowa", "Powerbank"], ["1 m", "2 m", "20 W", "10000 mAh"], (40, 260), (120, 80, 30), false, (25, 149)),
        new("SLU", ["Słuchawki douszne", "Słuchawki nauszne"], ["czarne", "białe"], (60, 280), (180, 160, 80), false, (49, 399)),
        new("ZAB", ["Klocki konstrukcyjne", "Puzzle 1000 elementów", "Pluszowy miś", "Gra planszowa „Wsiąść do pociągu”"], ["zestaw mały", "zestaw duży"], (200, 1400), (300, 220, 70), false, (39, 249)),
        new("KUC", ["Patelnia nieprzywierająca", "Deska do krojenia", "Zestaw noży kuchennych", "Garnek stalowy"], ["20 cm", "24 cm", "28 cm"], (400, 2600), (330, 250, 90), false, (59, 399)),
        new("SZK", ["Szklanki do whisky", "Kieliszki do wina", "Słoik szklany z pokrywką"], ["2 szt.", "4 szt.", "6 szt."], (300, 1500), (200, 160, 120), true, (35, 129)),
        new("HER", ["Herbata zielona", "Kawa ziarnista", "Yerba mate"], ["250 g", "500 g", "1 kg"], (260, 1050), (180, 100, 70), false, (19, 89)),
        new("SWI", ["Świeca zapachowa", "Dyfuzor zapachowy"], ["lawenda", "wanilia", "drzewo sandałowe"], (180, 520), (100, 100, 110), true, (25, 99)),
        new("TEK", ["Ręcznik bawełniany", "Poszewka lniana", "Koc polarowy"], ["50×90", "70×140", "150×200"], (250, 1300), (300, 250, 60), false, (29, 149)),
        new("BIU", ["Zeszyt A5 w kratkę", "Długopis żelowy", "Kalendarz książkowy 2027", "Zakreślacze"], ["4 szt.", "niebieski", "czerwony"], (15, 450), (210, 150, 20), false, (5, 49)),
        new("SPO", ["Bidon sportowy", "Mata do jogi", "Hantle winylowe"], ["0,75 l", "1 kg", "2 kg", "fioletowa"], (150, 2100), (300, 120, 120), false, (19, 199)),
    ];
}
