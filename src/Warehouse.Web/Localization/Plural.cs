using System.Globalization;

namespace Warehouse.Web.Localization;

/// <summary>The CLDR plural categories the floor's two languages use.</summary>
public enum PluralCategory
{
    One,
    Few,
    Many,
    Other,
}

/// <summary>
/// Count-dependent words. A text with plural forms holds them in one string, split by "|":
/// Polish one|few|many ("{0} produkt|{0} produkty|{0} produktów"), English one|other
/// ("{0} item|{0} items"); the form is chosen by the text's first argument.
/// </summary>
public static class Plural
{
    public const char Separator = '|';

    /// <summary>
    /// Polish (CLDR, integers): one is 1; few ends in 2–4 but not 12–14; many is everything else
    /// (0, 5–21, 25–31, 111…). English: one is 1, other the rest.
    /// </summary>
    public static PluralCategory Category(string language, long count)
    {
        var n = Math.Abs(count);
        if (FloorText.Normalize(language) == FloorText.English) return n == 1 ? PluralCategory.One : PluralCategory.Other;
        if (n == 1) return PluralCategory.One;
        var (last, lastTwo) = (n % 10, n % 100);
        return last is >= 2 and <= 4 && lastTwo is not (>= 12 and <= 14) ? PluralCategory.Few : PluralCategory.Many;
    }

    /// <summary>The categories a language's plural texts hold, in the order they are written.</summary>
    public static IReadOnlyList<PluralCategory> Forms(string language) =>
        FloorText.Normalize(language) == FloorText.English
            ? [PluralCategory.One, PluralCategory.Other]
            : [PluralCategory.One, PluralCategory.Few, PluralCategory.Many];

    public static bool HasForms(string template) => template.Contains(Separator);

    /// <summary>The form of <paramref name="template"/> for <paramref name="count"/>; a text without forms as it is.</summary>
    public static string Pick(string template, string language, object? count)
    {
        if (!HasForms(template)) return template;
        var forms = template.Split(Separator);
        var index = AsCount(count) is long n ? Forms(language).ToList().IndexOf(Category(language, n)) : forms.Length - 1;
        return forms[Math.Clamp(index, 0, forms.Length - 1)];
    }

    private static long? AsCount(object? value) => value switch
    {
        int i => i,
        long l => l,
        string s when long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };
}
