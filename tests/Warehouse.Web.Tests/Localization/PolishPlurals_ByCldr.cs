using Warehouse.Web.Localization;

namespace Warehouse.Web.Tests.Localization;

/// <summary>Count-dependent words follow the CLDR plural rules: Polish one/few/many, English one/other.</summary>
public sealed class PolishPlurals_ByCldr
{
    // CLDR pl, integers: one "i = 1"; few "i % 10 = 2..4 and i % 100 != 12..14"; many the rest.
    // Written from the digits, not the same arithmetic as the code under test.
    private static PluralCategory PolishByDigits(int n)
    {
        var digits = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (digits == "1") return PluralCategory.One;
        var tens = digits.Length > 1 ? digits[^2] : '0';
        return digits[^1] is '2' or '3' or '4' && tens != '1' ? PluralCategory.Few : PluralCategory.Many;
    }

    [Fact]
    public void Polish_counts_from_0_to_200_fall_into_one_few_or_many()
    {
        var wrong = Enumerable.Range(0, 201)
            .Where(n => Plural.Category("pl", n) != PolishByDigits(n))
            .Select(n => $"{n}: {Plural.Category("pl", n)}, CLDR says {PolishByDigits(n)}")
            .ToList();
        Assert.True(wrong.Count == 0, string.Join("; ", wrong));
    }

    [Fact]
    public void English_counts_from_0_to_200_are_one_only_for_1()
    {
        for (var n = 0; n <= 200; n++)
            Assert.Equal(n == 1 ? PluralCategory.One : PluralCategory.Other, Plural.Category("en", n));
    }

    [Theory]
    [InlineData(0, "0 produktów")]
    [InlineData(1, "1 produkt")]
    [InlineData(2, "2 produkty")]
    [InlineData(4, "4 produkty")]
    [InlineData(5, "5 produktów")]
    [InlineData(12, "12 produktów")]
    [InlineData(14, "14 produktów")]
    [InlineData(21, "21 produktów")]
    [InlineData(22, "22 produkty")]
    [InlineData(101, "101 produktów")]
    [InlineData(112, "112 produktów")]
    [InlineData(122, "122 produkty")]
    public void A_Polish_count_takes_its_form(int count, string expected) =>
        Assert.Equal(expected, Plural.Pick("{0} produkt|{0} produkty|{0} produktów", "pl", count).Replace("{0}", count.ToString()));

    [Theory]
    [InlineData("pl", 1, "został 1 produkt")]
    [InlineData("pl", 3, "zostały 3 produkty")]
    [InlineData("pl", 13, "zostało 13 produktów")]
    [InlineData("en", 1, "1 item left")]
    [InlineData("en", 13, "13 items left")]
    public void The_station_says_how_many_items_are_left_in_the_packers_language(string language, int left, string expected) =>
        Assert.Equal(expected, Texts.For(language)["station.items_left", left]);

    [Fact]
    public void A_message_from_the_floor_picks_its_form_by_its_first_argument()
    {
        Assert.Equal("Zostały jeszcze 2 produkty", FloorText.Translate(new("parcel.items_missing", "2"), "pl"));
        Assert.Equal("Zostało jeszcze 5 produktów", FloorText.Translate(new("parcel.items_missing", "5"), "pl"));
        Assert.Equal("1 item still missing", FloorText.Translate(new("parcel.items_missing", "1"), "en"));
    }
}
