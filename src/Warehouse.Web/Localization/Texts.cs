using System.Globalization;
using System.Security.Claims;
using Warehouse.Core.Floor;

namespace Warehouse.Web.Localization;

/// <summary>
/// One screen's words in one person's language: <c>T["login.title"]</c>, <c>T["wall.orders", 5]</c>,
/// <c>T[message]</c>. Pages hold one and pass it to their parts; there is no other way to a text.
/// </summary>
public sealed class Texts
{
    public static readonly Texts Polish = new(FloorText.DefaultLanguage);
    public static readonly Texts English = new(FloorText.English);

    private Texts(string language) => Language = language;

    public static Texts For(string? language) => FloorText.Normalize(language) == FloorText.English ? English : Polish;

    /// <summary>A signed-in person's language (the <c>lang</c> claim); Polish for anyone else.</summary>
    public static Texts For(ClaimsPrincipal? user) => For(FloorText.LanguageOf(user));

    public string Language { get; }

    public CultureInfo Culture => FloorText.Culture(Language);

    public string this[string code] => FloorText.Text(code, Language);

    public string this[string code, params object?[] args] => FloorText.Text(code, Language, args);

    public string this[FloorMessage message] => FloorText.Translate(message, Language);

    public string Kilograms(int grams) => FloorText.Kilograms(grams, Language);

    public string Device(DeviceState device) => FloorText.Device(device, Language);
}
