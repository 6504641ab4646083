using System.Reflection;
using System.Text.RegularExpressions;
using Warehouse.Core.Floor;
using Warehouse.Core.Orders;
using Warehouse.Core.Printing;
using Warehouse.Core.Returns;
using Warehouse.Core.Returns.Desk;
using Warehouse.Core.Returns.Refunds;
using Warehouse.Core.Stations;
using Warehouse.Testing;
using Warehouse.Web.Components.Pages.Station;
using Warehouse.Web.Localization;

using Warehouse.Core.Wall;

namespace Warehouse.Web.Tests.Localization;

/// <summary>
/// Every text is there in both languages, with the same placeholders and its plural forms, and
/// every code the floor can show — Core's message codes, the codes pages ask for — has a text.
/// </summary>
public sealed partial class FloorTexts_Complete
{
    [Fact]
    public void Every_code_has_Polish_and_English_with_the_same_placeholders_and_its_plural_forms()
    {
        var problems = Problems(FloorTexts.Polish, FloorTexts.English);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void The_check_itself_finds_a_code_missing_from_one_language()
    {
        var english = FloorTexts.English.Where(t => t.Key != "order.too_late").ToDictionary();
        Assert.Contains("order.too_late: no English", Problems(FloorTexts.Polish, english));
        var polish = FloorTexts.Polish.ToDictionary();
        polish["item.counted"] = "{0}: {1}";
        Assert.Contains("item.counted: placeholders {0} {1} {2} in English, {0} {1} in Polish", Problems(polish, FloorTexts.English));
    }

    [Fact]
    public void Every_message_code_the_core_emits_has_a_text()
    {
        var codes = typeof(FloorMessage).Assembly.GetTypes()
            .Where(t => t.Name.EndsWith("Codes", StringComparison.Ordinal))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Where(IsMessageCode)
            .Concat(LiteralMessageCodes("src/Warehouse.Core"))
            .Concat(LiteralMessageCodes("src/Warehouse.Web"))
            .ToHashSet();
        Assert.Contains(OrderCodes.TooLate, codes);
        Assert.Contains(StationCodes.SignedIn, codes);
        Assert.Contains("order.cancelled", codes); // written where it is used, not in a Codes class
        var missing = codes.Where(c => !FloorTexts.Polish.ContainsKey(c)).Order().ToList();
        Assert.True(missing.Count == 0, "no text for: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_code_a_page_asks_for_has_a_text()
    {
        var pages = Path.Combine(RepositoryRoot.Path, "src", "Warehouse.Web", "Components");
        var asked = Directory.EnumerateFiles(pages, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .SelectMany(f => PageCode().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Concat(StationCommandBarcodes.All.Select(c => c.Text))
            .Concat(ReturnsDeskCommandBarcodes.All.Select(c => c.Text))
            .Concat(ReturnChecklists.All.SelectMany(checks => checks))
            .Concat(Enum.GetNames<ReturnKind>().Select(s => "desk.page.kind." + s))
            .Concat(Enum.GetNames<ReturnUnitOutcome>().Select(s => "desk.page.outcome." + s))
            .Concat(Enum.GetNames<ReturnGrade>().Select(s => "desk.grade." + s))
            .Concat(Enum.GetNames<ReturnDisposition>().Select(s => "desk.disposition." + s))
            .Concat(Enum.GetNames<ReturnReason>().Select(s => "returns.reason." + s))
            .Concat(Enum.GetNames<DropOff>().Select(s => "returns.drop_off." + s))
            .Concat(Enum.GetNames<RefundReason>().Select(s => "desk.refund_reason." + s))
            .Concat(Enum.GetNames<RefundDecision>().Select(s => "desk.refund." + s))
            // Codes put together on the page from a value.
            .Concat(Enum.GetNames<PrintJobStatus>().Select(s => "station.print." + s))
            .Concat(Enum.GetNames<OrderStatus>().Append(OrderCodes.OnHold).Select(s => "order.status." + s))
            .Concat(Enum.GetNames<DeviceConnection>().Select(s => "devices.connection." + s))
            .Concat(Enum.GetNames<StationState>().Select(s => "wall.state." + s))
            .Concat(Enum.GetNames<ParcelStatus>().Append(Warehouse.Core.Shipping.TimelineStep.OrderReceived).Append(Warehouse.Core.Shipping.TimelineStep.Packed).Select(s => "tracking.step." + s))
            .ToHashSet();
        Assert.Contains("login.title", asked);
        var missing = asked.Where(c => !FloorTexts.Polish.ContainsKey(c)).Order().ToList();
        Assert.True(missing.Count == 0, "no text for: " + string.Join(", ", missing));
    }

    [Theory]
    [InlineData("pl", "Packed", "Zamówienia DEMO-1 nie można pakować (stan: spakowane)")]
    [InlineData("en", "OnHold", "Order DEMO-1 cannot be packed (status: on hold)")]
    [InlineData("en", "Unheard", "Order DEMO-1 cannot be packed (status: Unheard)")]
    public void An_order_status_in_a_message_is_a_word_of_the_reader_s_language(string language, string status, string expected) =>
        Assert.Equal(expected, FloorText.Translate(new(OrderCodes.NotPackable, "DEMO-1", status), language));

    /// <summary>What is wrong with a pair of tables; empty when they are complete.</summary>
    internal static List<string> Problems(IReadOnlyDictionary<string, string> polish, IReadOnlyDictionary<string, string> english)
    {
        var problems = new List<string>();
        foreach (var code in polish.Keys.Union(english.Keys).Order(StringComparer.Ordinal))
        {
            if (!polish.TryGetValue(code, out var pl) || pl.Length == 0) { problems.Add($"{code}: no Polish"); continue; }
            if (!english.TryGetValue(code, out var en) || en.Length == 0) { problems.Add($"{code}: no English"); continue; }
            if (Placeholders(pl) != Placeholders(en))
                problems.Add($"{code}: placeholders {Placeholders(en)} in English, {Placeholders(pl)} in Polish");
            if (Plural.HasForms(pl) || Plural.HasForms(en))
            {
                if (pl.Split(Plural.Separator).Length != Plural.Forms("pl").Count)
                    problems.Add($"{code}: Polish needs {Plural.Forms("pl").Count} forms (one|few|many)");
                if (en.Split(Plural.Separator).Length != Plural.Forms("en").Count)
                    problems.Add($"{code}: English needs {Plural.Forms("en").Count} forms (one|other)");
                if (pl.Split(Plural.Separator).Concat(en.Split(Plural.Separator)).Select(Placeholders).Distinct().Count() > 1)
                    problems.Add($"{code}: a plural form lacks a placeholder");
            }
        }
        return problems;
    }

    private static string Placeholders(string text) =>
        string.Join(" ", Placeholder().Matches(text).Select(m => "{" + m.Groups[1].Value + "}").Distinct().Order(StringComparer.Ordinal));

    private static bool IsMessageCode(string value) => MessageCode().IsMatch(value);

    /// <summary>Codes written where a message is made (<c>new FloorMessage("order.cancelled", …)</c>, a scale's fault).</summary>
    private static IEnumerable<string> LiteralMessageCodes(string folder) =>
        Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, folder), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(File.ReadLines)
            .Where(line => line.Contains("FloorMessage(", StringComparison.Ordinal) || line.Contains("WeightReading(", StringComparison.Ordinal))
            .SelectMany(line => QuotedCode().Matches(line).Select(m => m.Groups[1].Value));

    [GeneratedRegex(@"\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^[a-z_]+(\.[a-z_\-]+)+$")]
    private static partial Regex MessageCode();

    [GeneratedRegex(@"""([a-z_]+(?:\.[a-z_\-]+)+)""")]
    private static partial Regex QuotedCode();

    [GeneratedRegex(@"\bT\[""([a-z_]+(?:\.[a-z0-9_\-]+)+)""")]
    private static partial Regex PageCode();
}
