using System.Globalization;
using System.Security.Claims;
using Warehouse.Core.Floor;

namespace Warehouse.Web.Localization;

/// <summary>
/// The one way a screen gets its words: a code looked up in <see cref="FloorTexts"/> in the language
/// of the person the screen is for (the packer's badge, the supervisor's account), Polish by default.
/// The language is always passed in, never taken from the thread's culture: a badge scan switches a
/// live station page at its next render, without a reload that would lose the scanner's keys.
/// An unknown code is shown as the code itself, never hidden.
/// </summary>
public static class FloorText
{
    public const string DefaultLanguage = "pl";
    public const string English = "en";

    /// <summary>The claim a person's language travels in, set at sign-in from <c>Operator.Language</c>.</summary>
    public const string LanguageClaim = "lang";

    public static readonly IReadOnlyList<string> Languages = [DefaultLanguage, English];

    /// <summary>"en" stays English; anything else (null, "", a language we do not have) is Polish.</summary>
    public static string Normalize(string? language) => language == English ? English : DefaultLanguage;

    public static string LanguageOf(ClaimsPrincipal? user) => Normalize(user?.FindFirst(LanguageClaim)?.Value);

    public static CultureInfo Culture(string? language) =>
        CultureInfo.GetCultureInfo(Normalize(language) == English ? "en-GB" : "pl-PL");

    public static string Translate(FloorMessage message, string? language) =>
        Format(message.Code, language, message.Args) ?? message.ToString();

    /// <summary>A page's text by its code; a text with plural forms picks its form by the first argument.</summary>
    public static string Text(string code, string? language, params object?[] args) => Format(code, language, args) ?? code;

    private static string? Format(string code, string? language, object?[] args)
    {
        var lang = Normalize(language);
        if (!FloorTexts.For(lang).TryGetValue(code, out var template) && !FloorTexts.Polish.TryGetValue(code, out template))
            return null;
        template = Plural.Pick(template, lang, args.Length > 0 ? args[0] : null);
        if (args.Length == 0) return template;
        try
        {
            return string.Format(new CodeFormatter(lang), template, args);
        }
        catch (FormatException)
        {
            return template; // a message missing an argument still says what happened
        }
    }

    /// <summary>
    /// Formats in the language's culture, and turns an argument that is itself a word of the floor
    /// into that word: <c>{1:order.status}</c> with "Packed" shows <c>order.status.Packed</c>
    /// ("spakowane"). An argument without a text is shown as it came.
    /// </summary>
    private sealed class CodeFormatter(string language) : IFormatProvider, ICustomFormatter
    {
        private readonly CultureInfo _culture = Culture(language);

        public object? GetFormat(Type? formatType) => formatType == typeof(ICustomFormatter) ? this : _culture.GetFormat(formatType);

        public string Format(string? format, object? arg, IFormatProvider? formatProvider)
        {
            // Money travels in grosze (integers); shown with two decimals in the screen's language.
            if (format == "grosze" && long.TryParse(arg?.ToString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var minor))
                return (minor / 100m).ToString("N2", _culture);
            if (format is { Length: > 0 } && char.IsAsciiLetterLower(format[0]) && arg is not null
                && FloorTexts.For(language).TryGetValue($"{format}.{arg}", out var word))
                return word;
            if (format is { Length: > 0 } && char.IsAsciiLetterLower(format[0])) return arg?.ToString() ?? "";
            return arg is IFormattable formattable ? formattable.ToString(format, _culture) : arg?.ToString() ?? "";
        }
    }

    /// <summary>"Drukarka: brak papieru" — a device's name and state; several printer problems are listed together.</summary>
    public static string Device(DeviceState device, string? language)
    {
        var name = Translate(new FloorMessage("device." + device.Device), language);
        // A state of several words that is one thing ("unintelligible answer", as agents send it) has a text of its
        // own; otherwise each word is a problem of its own ("paper-out head-open").
        if (FloorTexts.For(Normalize(language)).TryGetValue("device.state." + device.State.Replace(' ', '-'), out var whole)) return $"{name}: {whole}";
        var states = device.State.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => Translate(new FloorMessage("device.state." + s), language).Replace("device.state.", ""));
        return $"{name}: {string.Join(", ", states)}";
    }

    /// <summary>Grams shown as kilograms, as a Polish scale would (1,250 kg).</summary>
    public static string Kilograms(int grams, string? language) =>
        (grams / 1000.0).ToString("0.000", Normalize(language) == English ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo("pl-PL")) + " kg";
}
