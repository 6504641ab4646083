using Warehouse.Core.Barcodes;
using Xunit;

namespace Warehouse.Core.Tests.Barcodes;

public sealed class Code128_Encoding
{
    private static string Bits(IEnumerable<bool> modules) => string.Concat(modules.Select(m => m ? '1' : '0'));

    [Fact]
    public void Start_b_data_check_and_stop_have_the_standard_module_patterns()
    {
        // "A" in subset B: codeword 33; check = (104 + 33) mod 103 = 34.
        var symbol = Code128.Encode("A");
        Assert.Equal([104, 33, 34, 106], symbol.Codewords);
        Assert.Equal("11010010000" + "10100011000" + "10001011000" + "1100011101011", Bits(symbol.Modules()));
    }

    [Fact]
    public void Digit_pairs_start_in_subset_c_with_the_standard_start_c_pattern()
    {
        var symbol = Code128.Encode("12345678");
        Assert.Equal([105, 12, 34, 56, 78], symbol.Codewords.Take(5));
        Assert.StartsWith("11010011100", Bits(symbol.Modules()));
    }

    [Fact]
    public void The_check_codeword_is_the_weighted_sum_modulo_103()
    {
        // Worked example from the symbology: "PJJ123C" stays in subset B.
        var symbol = Code128.Encode("PJJ123C");
        Assert.Equal([104, 48, 42, 42, 17, 18, 19, 35, 55, 106], symbol.Codewords);
    }

    [Theory]
    [InlineData("1234567", 8)]          // one digit in B, then three pairs: no gain from C first
    [InlineData("AB12345678CD9", 14)]   // switch to C for the four pairs and back
    [InlineData("AB12CD", 9)]           // one pair is not worth two switches
    [InlineData("0123456789", 8)]
    public void Subsets_are_chosen_for_the_fewest_codewords(string data, int codewords) =>
        Assert.Equal(codewords, Code128.Encode(data).Codewords.Count);

    [Fact]
    public void Switches_are_written_with_code_c_and_code_b()
    {
        var symbol = Code128.Encode("AB12345678CD9");
        Assert.Equal([104, 33, 34, 99, 12, 34, 56, 78, 100, 35, 36, 25], symbol.Codewords.Take(12));
    }

    [Fact]
    public void Every_symbol_is_eleven_modules_a_codeword_plus_the_thirteen_of_stop()
    {
        foreach (var data in new[] { "A", "CMD:COMPLETE", "12", "WWW-2024-000123" })
        {
            var symbol = Code128.Encode(data);
            Assert.Equal(symbol.WidthModules, symbol.Modules().Count);
            Assert.Equal((symbol.Codewords.Count - 1) * 11 + 13, symbol.WidthModules);
        }
    }

    [Fact]
    public void Gs1_128_starts_with_fnc1_and_separates_variable_length_values()
    {
        var symbol = Code128.EncodeGs1([new("400", "A1"), new("00", "359012345000000013")]);
        // start B, FNC1, "400A1", FNC1 (400 is variable), switch to C, "00", 35 90 12 34 50 00 00 00 13;
        // starting in C would be as long, and ties keep the simpler subset.
        Assert.Equal([104, 102, 20, 16, 16, 33, 17, 102, 99, 0, 35, 90, 12, 34, 50, 0, 0, 0, 13], symbol.Codewords.Take(19));
    }

    [Fact]
    public void Gs1_128_refuses_values_its_ai_does_not_allow()
    {
        Assert.Throws<ArgumentException>(() => Code128.EncodeGs1([new("00", "359012345000000014")]));
        Assert.Throws<ArgumentException>(() => Code128.EncodeGs1([new("99", "X")]));
        Assert.Throws<ArgumentException>(() => Code128.EncodeGs1([]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Żółw")]
    [InlineData("TAB\t")]
    public void Data_outside_printable_ascii_is_refused(string data)
    {
        Assert.NotNull(Code128.Refusal(data));
        Assert.Throws<ArgumentException>(() => Code128.Encode(data));
    }

    [Fact]
    public void Random_printable_data_always_plans_to_a_valid_symbol()
    {
        var random = new Random(128);
        for (var run = 0; run < 500; run++)
        {
            var chars = Enumerable.Range(0, random.Next(1, 40))
                .Select(_ => random.Next(3) == 0 ? (char)random.Next(' ', '~' + 1) : (char)random.Next('0', '9' + 1)).ToArray();
            var symbol = Code128.Encode(new string(chars));
            var sum = symbol.Codewords[0];
            for (var i = 1; i < symbol.Codewords.Count - 2; i++) sum += i * symbol.Codewords[i];
            Assert.Equal(sum % 103, symbol.Codewords[^2]);
            Assert.Equal(106, symbol.Codewords[^1]);
        }
    }
}
