namespace Warehouse.Core.Demo;

/// <summary>Polish names and places for demo recipients.</summary>
internal static class DemoPeople
{
    public static readonly string[] FirstNames =
    [
        "Łukasz", "Małgorzata", "Paweł", "Agnieszka", "Krzysztof", "Joanna", "Michał", "Katarzyna", "Tomasz", "Żaneta",
        "Grzegorz", "Magdalena", "Bartłomiej", "Aleksandra", "Jędrzej", "Beata", "Wojciech", "Dorota", "Radosław", "Urszula",
    ];

    public static readonly string[] LastNames =
    [
        "Wróbel", "Kowalczyk", "Wiśniewski", "Dąbrowska", "Zając", "Król", "Wieczorek", "Jabłońska", "Mazur", "Sikora",
        "Szymańska", "Woźniak", "Kozłowski", "Jankowska", "Pietrzak", "Michalska", "Grabowski", "Nowakowska", "Pawłowski", "Żak",
    ];

    public static readonly string[] Streets =
    [
        "ul. Źródlana", "ul. Żeromskiego", "ul. Piłsudskiego", "ul. Mickiewicza", "ul. Słoneczna", "al. Jerozolimskie",
        "ul. Świętokrzyska", "ul. Łąkowa", "ul. Kościuszki", "ul. Ogrodowa", "ul. Wrzosowa", "os. Bolesława Chrobrego",
    ];

    public static readonly (string City, string PostalPrefix)[] Cities =
    [
        ("Warszawa", "00"), ("Kraków", "30"), ("Łódź", "90"), ("Wrocław", "50"), ("Poznań", "60"), ("Gdańsk", "80"),
        ("Szczecin", "70"), ("Bydgoszcz", "85"), ("Lublin", "20"), ("Białystok", "15"), ("Zielona Góra", "65"),
        ("Bielsko-Biała", "43"), ("Częstochowa", "42"), ("Rzeszów", "35"), ("Toruń", "87"), ("Kielce", "25"),
    ];

    public static readonly (string Carrier, string Service)[] Carriers =
    [
        // Pocztex is not drawn: its labels are PDF only, and the Chromium tests draw the seeded orders' labels
        // from their ZPL. DEMO-3 is the demo's Pocztex order (DemoData.PocztexOrder).
        ("InPost", "Paczkomat"), ("InPost", "Kurier"), ("DPD", "Kurier"), ("DHL", "Standard"), ("GLS", "Kurier"),
    ];
}
