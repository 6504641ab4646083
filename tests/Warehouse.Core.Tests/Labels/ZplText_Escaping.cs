using Warehouse.Core.Labels;

namespace Warehouse.Core.Tests.Labels;

public sealed class ZplText_Escaping
{
    [Theory]
    [InlineData("Jan Kowalski", "Jan Kowalski")]
    [InlineData("^XZ", "_5EXZ")]
    [InlineData("~JA", "_7EJA")]
    [InlineData("a_b", "a_5Fb")]
    [InlineData("ż", "_C5_BC")]
    [InlineData("<script>", "<script>")]
    [InlineData("tab\there", "tab here")]
    [InlineData("😀", "_F0_9F_98_80")]
    public void Text_is_hex_escaped_so_no_byte_can_be_a_command(string text, string escaped) =>
        Assert.Equal(escaped, ZplText.Escape(text));

    [Fact]
    public void A_field_is_always_hex_aware_and_closed() =>
        Assert.Equal("^FH_^FDZa_C5_BC_C3_B3_C5_82_C4_87 g_C4_99_C5_9Bl_C4_85 ja_C5_BA_C5_84^FS", ZplText.Field("Zażółć gęślą jaźń", 40));

    [Fact]
    public void A_5_KB_name_is_cut_to_the_field_length_without_splitting_a_letter()
    {
        var clipped = ZplText.Clip(string.Concat(Enumerable.Repeat("Ż😀", 2500)), 28);
        Assert.Equal(28, clipped.EnumerateRunes().Count());
        Assert.EndsWith("…", clipped);
    }

    [Fact]
    public void Escaped_text_never_contains_a_caret_or_tilde()
    {
        var all = new string(Enumerable.Range(1, 0x2FF).Select(i => (char)i).ToArray());
        var escaped = ZplText.Escape(all);
        Assert.DoesNotContain('^', escaped);
        Assert.DoesNotContain('~', escaped);
    }
}
