using Warehouse.Core.Labels;
using Xunit;

namespace Warehouse.Core.Tests.Labels;

public sealed class ZplText_Clipping
{
    [Theory]
    [InlineData("  Anna \r\n  Nowak\t ", "Anna Nowak")]
    [InlineData("a\u0000b", "a b")]
    [InlineData(null, "")]
    public void Control_characters_and_runs_of_white_space_become_one_space(string? text, string tidy) =>
        Assert.Equal(tidy, ZplText.Tidy(text));

    [Fact]
    public void Decomposed_polish_letters_are_composed_so_the_font_has_them() =>
        Assert.Equal("ż", ZplText.Tidy("z\u0307"));

    [Fact]
    public void Long_text_is_clipped_with_a_marker() =>
        Assert.Equal("Zażółć...", ZplText.Clip("Zażółć gęślą jaźń", 9));

    [Fact]
    public void Short_text_is_left_alone() =>
        Assert.Equal("Zażółć", ZplText.Clip("Zażółć", 6));

    [Fact]
    public void Clipping_never_splits_an_emoji_or_a_letter_from_its_accent()
    {
        var clipped = ZplText.Clip("👩‍👧👩‍👧👩‍👧👩‍👧👩‍👧👩‍👧👩‍👧👩‍👧👩‍👧", 8);
        Assert.Equal(string.Concat(Enumerable.Repeat("👩‍👧", 5)) + "...", clipped);
    }

    [Fact]
    public void A_five_kilobyte_field_is_cut_to_the_field_maximum()
    {
        var field = ZplText.Field(new string('x', 5 * 1024));
        Assert.Equal("^FH_^FD".Length + ZplText.MaxFieldLength + "^FS".Length, field.Length);
    }

    [Theory]
    [InlineData("WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW")]
    [InlineData("iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii")]
    [InlineData("Przedsiębiorstwo Handlowo-Usługowe Kowalski i Wspólnicy Sp. z o.o.")]
    public void Fitted_text_is_no_wider_than_its_field(string text)
    {
        var fitted = ZplFontZeroWidth.Fit(text, 40, 740);
        Assert.True(ZplFontZeroWidth.Of(fitted, 40) <= 740);
    }

    [Fact]
    public void Wrapping_breaks_between_words_and_clips_the_last_line()
    {
        var lines = ZplFontZeroWidth.Wrap("Przedsiębiorstwo Handlowo-Usługowe Kowalski i Wspólnicy Sp. z o.o. Oddział Warszawa", 44, 500, 2);
        Assert.Equal(2, lines.Count);
        Assert.Equal("Przedsiębiorstwo", lines[0]);
        Assert.EndsWith("...", lines[1]);
        Assert.All(lines, l => Assert.True(ZplFontZeroWidth.Of(l, 44) <= 500, l));
    }
}
