using System.Text;
using Warehouse.Core.Orders;
using Warehouse.Testing;

namespace Warehouse.Core.Tests.Orders;

/// <summary>
/// docs/architecture.md draws the order's state machine from <see cref="OrderTransitions.Table"/>:
/// the drawing and the table there must be what the code's table says. After changing the table,
/// run this test with WAREHOUSE_UPDATE_DOCS=1 to redraw the doc, and commit both.
/// </summary>
public sealed class OrderStates_InTheDocs
{
    private const string Begin = "<!-- order-states:begin (generated from OrderTransitions.Table; OrderStates_InTheDocs keeps it equal) -->";
    private const string End = "<!-- order-states:end -->";

    [Fact]
    public void The_architecture_doc_draws_the_order_states_the_code_has()
    {
        var path = RepositoryRoot.Combine("docs", "architecture.md");
        var doc = File.ReadAllText(path);
        var start = doc.IndexOf(Begin, StringComparison.Ordinal);
        var end = doc.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"docs/architecture.md needs the markers {Begin} … {End}");
        var drawn = doc[(start + Begin.Length)..end];
        var expected = "\n" + Render() + "\n";

        if (drawn != expected && Environment.GetEnvironmentVariable("WAREHOUSE_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, doc[..(start + Begin.Length)] + expected + doc[end..]);
            return;
        }
        Assert.Equal(expected, drawn);
    }

    internal static string Render()
    {
        var text = new StringBuilder();
        text.AppendLine("```mermaid");
        text.AppendLine("stateDiagram-v2");
        text.AppendLine($"    [*] --> {default(OrderStatus)}");
        foreach (var rule in OrderTransitions.Table)
            foreach (var (from, to) in rule.Moves.Where(m => m.Key != m.Value))
                text.AppendLine($"    {from} --> {to} : {rule.Step}");
        text.AppendLine("```");
        text.AppendLine();
        text.AppendLine("| step | from → to (→ itself: the status stays) | while held | refused with |");
        text.AppendLine("|---|---|---|---|");
        foreach (var rule in OrderTransitions.Table)
        {
            var moves = string.Join(", ", rule.Moves.Select(m => m.Key == m.Value ? $"{m.Key} → itself" : $"{m.Key} → {m.Value}"));
            text.AppendLine($"| {rule.Step} | {moves} | {(rule.WhileHeld ? "yes" : "no")} | `{rule.RefusedCode}` |");
        }
        return text.ToString().TrimEnd('\n');
    }
}
