using System.Globalization;
using Warehouse.Core.Floor;

namespace Warehouse.Web.Localization;

/// <summary>
/// Turns floor message codes into the operator's language (Polish by default, English on request).
/// An unknown code is shown as the code itself, never hidden.
/// </summary>
public static class FloorText
{
    public const string DefaultLanguage = "pl";

    public static string Translate(FloorMessage message, string? language)
    {
        var table = language == "en" ? FloorTexts.English : FloorTexts.Polish;
        if (!table.TryGetValue(message.Code, out var template) && !FloorTexts.Polish.TryGetValue(message.Code, out template))
            return message.ToString();
        try
        {
            return string.Format(CultureInfo.InvariantCulture, template, message.Args.Cast<object>().ToArray());
        }
        catch (FormatException)
        {
            return template; // a message missing an argument still says what happened
        }
    }

    /// <summary>"Drukarka: brak papieru" — a device's name and state; several printer problems are listed together.</summary>
    public static string Device(DeviceState device, string? language)
    {
        var states = device.State.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => Translate(new FloorMessage("device.state." + s), language).Replace("device.state.", ""));
        return $"{Translate(new FloorMessage("device." + device.Device), language)}: {string.Join(", ", states)}";
    }

    /// <summary>Grams shown as kilograms, as a Polish scale would (1,250 kg).</summary>
    public static string Kilograms(int grams, string? language) =>
        (grams / 1000.0).ToString("0.000", language == "en" ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo("pl-PL")) + " kg";
}
