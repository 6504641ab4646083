using Microsoft.Extensions.Options;
using Warehouse.Core.Catalog;
using Warehouse.Core.Orders;
using Warehouse.Core.Quality;

namespace Warehouse.Core.Tests.Quality;

public sealed class QcOptions_Checklists
{
    [Fact]
    public void Checklists_with_a_category_and_one_to_twenty_short_checks_pass_the_start_check()
    {
        var options = new QcOptions { Checklists = new() { ["glass"] = ["no cracks"], ["clothing"] = ["tags on", "size as ordered"] } };

        Assert.True(new QcOptionsCheck().Validate(null, options).Succeeded);
    }

    [Theory]
    [InlineData("", "no cracks")]
    [InlineData("glass", "")]
    [InlineData("glass", "no\u0007cracks")]
    public void A_checklist_without_a_category_or_with_a_blank_or_control_character_check_stops_the_start(string category, string check)
    {
        var options = new QcOptions { Checklists = new() { [category] = [check] } };

        Assert.True(new QcOptionsCheck().Validate(null, options).Failed);
    }

    [Fact]
    public void An_empty_or_overlong_checklist_stops_the_start()
    {
        Assert.True(new QcOptionsCheck().Validate(null, new QcOptions { Checklists = new() { ["glass"] = [] } }).Failed);
        Assert.True(new QcOptionsCheck().Validate(null, new QcOptions { Checklists = new() { ["glass"] = [new string('x', 101)] } }).Failed);
        Assert.True(new QcOptionsCheck().Validate(null, new QcOptions { Checklists = new() { ["glass"] = [.. Enumerable.Repeat("ok", 21)] } }).Failed);
    }

    [Fact]
    public void The_bench_shows_one_checklist_per_category_the_order_holds_matched_without_regard_to_case()
    {
        var options = new QcOptions { Checklists = new() { ["Glass"] = ["no cracks"], ["clothing"] = ["tags on"] } };
        var glass = new Sku { Code = "G", Name = "Wazon", Category = "glass" };
        var order = new Order
        {
            Number = "X-1", Carrier = "InPost", Service = "Kurier",
            Lines = [new OrderLine { Sku = glass, Quantity = 1 }, new OrderLine { Sku = new Sku { Code = "B", Name = "Książka" }, Quantity = 1 }],
        };

        var parts = new QcChecklist(Options.Create(options)).For(order);

        Assert.Equal([("Glass", "no cracks")], parts.Select(p => (p.Category, string.Join("|", p.Checks))));
    }
}
