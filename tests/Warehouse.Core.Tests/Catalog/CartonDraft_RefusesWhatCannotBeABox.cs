using Warehouse.Core.Catalog;

namespace Warehouse.Core.Tests.Catalog;

public sealed class CartonDraft_RefusesWhatCannotBeABox
{
    private static CartonDraft.Fields Good => new("k-30", "Karton 30", 300, 200, 150, 310, 210, 160, 180, 20_000, true);

    [Fact]
    public void A_good_carton_is_kept_in_whole_millimetres_and_grams_with_its_code_upper_case()
    {
        var (draft, problems) = CartonDraft.Check(Good);

        Assert.Empty(problems);
        Assert.Equal(new CartonDraft("K-30", "Karton 30", new Dimensions(300, 200, 150), new Dimensions(310, 210, 160), 180, 20_000, true), draft);
    }

    public static TheoryData<CartonDraft.Fields, string> Bad => new()
    {
        { Good with { Code = "<script>" }, "code" },
        { Good with { Code = "K 30" }, "code" },
        { Good with { Code = new string('K', 21) }, "code" },
        { Good with { Name = "^XA^FDx^XZ" }, "name" },
        { Good with { Name = "=cmd|' /C calc'!A0" }, "name" },
        { Good with { Name = "Karton\u0000" }, "name" },
        { Good with { Name = new string('x', 101) }, "name" },
        { Good with { Name = "" }, "name" },
        { Good with { InnerLength = 0 }, "inner_length" },
        { Good with { InnerWidth = 999_999_999 }, "inner_width" },
        { Good with { InnerHeight = null }, "inner_height" },
        { Good with { OuterLength = 290 }, "outer_length" },
        { Good with { TareGrams = -1 }, "tare" },
        { Good with { MaxLoadGrams = 100 }, "max_load" },
        { Good with { MaxLoadGrams = 5_000_000 }, "max_load" },
    };

    [Theory, MemberData(nameof(Bad))]
    public void A_hostile_oversized_or_impossible_field_is_named_and_nothing_is_made(CartonDraft.Fields fields, string field)
    {
        var (draft, problems) = CartonDraft.Check(fields);

        Assert.Null(draft);
        Assert.Contains(problems, p => p.Column == field);
    }
}
