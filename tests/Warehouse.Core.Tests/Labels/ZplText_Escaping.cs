using Warehouse.Core.Labels;
using Xunit;

namespace Warehouse.Core.Tests.Labels;

public sealed class ZplText_Escaping
{
    [Theory]
    [InlineData("Anna Nowak", "Anna Nowak")]
    [InlineData("^XZ", "_5EXZ")]
    [InlineData("~JA", "_7EJA")]
    [InlineData("a_b", "a_5Fb")]
    [InlineData("_5E", "_5F5E")]
    [InlineData("ż", "_C5_BC")]
    [InlineData("Łódź", "_C5_81_C3_B3d_C5_BA")]
    [InlineData("€", "_E2_82_AC")]
    [InlineData("📦", "_F0_9F_93_A6")]
    [InlineData("\u007F", "_7F")]
    [InlineData("<>&\"'", "<>&\"'")]
    public void Command_prefixes_the_hex_indicator_and_non_ascii_become_hex_utf8_bytes(string text, string escaped) =>
        Assert.Equal(escaped, ZplText.Escape(text));

    [Fact]
    public void A_lone_surrogate_becomes_the_replacement_character_not_broken_utf8() =>
        Assert.Equal("a_EF_BF_BDb", ZplText.Escape("a\uD83Db"));

    [Fact]
    public void A_field_is_hex_escaped_text_between_fh_fd_and_fs() =>
        Assert.Equal("^FH_^FD_5EXZ_5EXA^FS", ZplText.Field("^XZ^XA"));

    [Fact]
    public void Escaped_text_holds_only_safe_printable_ascii()
    {
        var everything = new string(Enumerable.Range(0, 0x250).Select(i => (char)i).ToArray()) + "👩‍👧📦";
        var escaped = ZplText.Escape(everything);
        Assert.All(escaped, c => Assert.True(c is >= ' ' and <= '~' and not '^' and not '~', $"U+{(int)c:X4}"));
    }

    [Fact]
    public void Escaping_round_trips_through_the_printers_reading_of_hex()
    {
        const string text = "Zażółć gęślą jaźń ^XZ ~JA _5E 📦 <script>";
        var escaped = ZplText.Escape(text);
        var bytes = new List<byte>();
        for (var i = 0; i < escaped.Length; i++)
        {
            if (escaped[i] == '_') { bytes.Add(Convert.ToByte(escaped.Substring(i + 1, 2), 16)); i += 2; }
            else bytes.Add((byte)escaped[i]);
        }
        Assert.Equal(text, System.Text.Encoding.UTF8.GetString(bytes.ToArray()));
    }
}
