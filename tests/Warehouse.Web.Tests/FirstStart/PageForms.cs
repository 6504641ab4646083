using System.Net;
using System.Text.RegularExpressions;

namespace Warehouse.Web.Tests.FirstStart;

/// <summary>Posting a server-rendered page's form over HTTP as a browser does: its own hidden fields (form name, antiforgery) and the typed ones.</summary>
internal static partial class PageForms
{
    public static async Task<(HttpResponseMessage Response, string Html)> PostAsync(HttpClient http, string path, string formName, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await http.GetStringAsync(path);
        var content = new FormUrlEncodedContent([.. HiddenFields(page, formName), .. fields]);
        var response = await http.PostAsync(path, content);
        return (response, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The hidden inputs of the form whose <c>_handler</c> is <paramref name="formName"/> (the form name and the antiforgery token).</summary>
    public static List<KeyValuePair<string, string>> HiddenFields(string html, string formName)
    {
        foreach (Match form in Form().Matches(html))
        {
            var inputs = Input().Matches(form.Value).Select(i => i.Value).Where(i => i.Contains("type=\"hidden\"", StringComparison.Ordinal)).ToList();
            var fields = inputs.Select(i => new KeyValuePair<string, string>(Attribute(i, "name"), Attribute(i, "value"))).ToList();
            if (fields.Any(f => f.Key == "_handler" && f.Value == formName)) return fields;
        }
        throw new InvalidOperationException($"No form {formName} on the page:\n{html}");
    }

    private static string Attribute(string input, string name) =>
        Regex.Match(input, $"{name}=\"([^\"]*)\"") is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : "";

    [GeneratedRegex("<form[^>]*>.*?</form>", RegexOptions.Singleline)]
    private static partial Regex Form();

    [GeneratedRegex("<input[^>]*>")]
    private static partial Regex Input();
}
