using System.Text.Json;

namespace Warehouse.Web.Localization;

/// <summary>The handheld's texts as its script reads them: <c>{ "pl": {…}, "en": {…} }</c>, made once.</summary>
internal static class HandheldPageTexts
{
    public static readonly string Json = JsonSerializer.Serialize(new Dictionary<string, IReadOnlyDictionary<string, string>>
    {
        [FloorText.DefaultLanguage] = Only(FloorTexts.Polish),
        [FloorText.English] = Only(FloorTexts.English),
    });

    private static Dictionary<string, string> Only(IReadOnlyDictionary<string, string> all) =>
        all.Where(t => t.Key.StartsWith(HandheldTexts.Prefix, StringComparison.Ordinal)).ToDictionary(t => t.Key, t => t.Value);
}
