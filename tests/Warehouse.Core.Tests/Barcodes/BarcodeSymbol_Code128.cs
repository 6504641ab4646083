using Warehouse.Core.Barcodes;
using Warehouse.Testing;
using Xunit;
using ZXing;

namespace Warehouse.Core.Tests.Barcodes;

/// <summary>ZXing.Net lays out our Code 128: standard patterns, the fewest codewords, GS1 with FNC1.</summary>
public sealed class BarcodeSymbol_Code128
{
    private static string Bits(BarcodeSymbol symbol) =>
        string.Concat(Enumerable.Range(0, symbol.WidthModules).Select(x => symbol.IsDark(x, 0) ? '1' : '0'));

    // Symbol characters, stop included: 11 modules each (start, data, check) and 13 for stop.
    private static int Codewords(BarcodeSymbol symbol) => (symbol.WidthModules - 2) / 11;

    [Fact]
    public void Start_data_check_and_stop_have_the_standard_module_patterns()
    {
        // "A" is codeword 33 in subsets A and B; the minimal encoder starts in A (as short as B,
        // and scanners read both): check = (103 + 33) mod 103 = 33.
        var symbol = BarcodeSymbol.Code128("A");
        Assert.Equal("11010000100" + "10100011000" + "10100011000" + "1100011101011", Bits(symbol));
        Assert.True(symbol.IsLinear);
        Assert.Equal(1, symbol.HeightModules);
    }

    [Fact]
    public void Lower_case_starts_in_subset_b()
    {
        // "a" is codeword 65 in subset B only: check = (104 + 65) mod 103 = 66.
        var symbol = BarcodeSymbol.Code128("a");
        Assert.Equal("11010010000" + "10010110000" + "10010000110" + "1100011101011", Bits(symbol));
    }

    [Fact]
    public void Digit_pairs_start_in_subset_c_with_the_standard_start_c_pattern()
    {
        var symbol = BarcodeSymbol.Code128("12345678");
        Assert.StartsWith("11010011100", Bits(symbol));
        Assert.Equal(7, Codewords(symbol)); // start C, four pairs, check, stop
    }

    [Theory]
    [InlineData("1234567", 8)]          // one digit in B, then three pairs: no gain from C first
    [InlineData("AB12345678CD9", 14)]   // switch to C for the four pairs and back
    [InlineData("AB12CD", 9)]           // one pair is not worth two switches
    [InlineData("0123456789", 8)]
    [InlineData("PJJ123C", 10)]         // the symbology's worked example stays in subset B
    public void Subsets_are_chosen_for_the_fewest_codewords(string data, int codewords) =>
        Assert.Equal(codewords, Codewords(BarcodeSymbol.Code128(data)));

    [Fact]
    public void Gs1_128_starts_with_fnc1_after_the_start_character()
    {
        var symbol = BarcodeSymbol.Gs1_128([new("00", "359012345000000013")]);
        Assert.Equal(BarcodeSymbology.Gs1_128, symbol.Symbology);
        // start C, FNC1 (codeword 102), "00", nine digit pairs, check, stop.
        Assert.Equal("11010011100" + "11110101110", Bits(symbol)[..22]);
        Assert.Equal(Core.Labels.ZplSscc.WidthModules, symbol.WidthModules);
    }

    [Fact]
    public void Gs1_128_separates_a_variable_length_value_with_fnc1_and_reads_back_with_gs()
    {
        var png = BarcodeImage.Png(BarcodeSymbol.Gs1_128([new("400", "A1"), new("00", "359012345000000013")]), 2, 80, 10);
        var scanned = Assert.Single(PngBarcodeReader.Read(png));
        Assert.Equal("]C1", scanned.SymbologyIdentifier);
        Assert.Equal("]C1400A1\u001D00359012345000000013", scanned.Text);
    }

    [Fact]
    public void Gs1_128_refuses_values_its_ai_does_not_allow()
    {
        Assert.Throws<ArgumentException>(() => BarcodeSymbol.Gs1_128([new("00", "359012345000000014")]));
        Assert.Throws<ArgumentException>(() => BarcodeSymbol.Gs1_128([new("99", "X")]));
        Assert.Throws<ArgumentException>(() => BarcodeSymbol.Gs1_128([]));
        Assert.Throws<ArgumentException>(() => BarcodeSymbol.Gs1_128(
            [.. Enumerable.Range(0, 4).Select(i => new Gs1Element("400", new string((char)('A' + i), 30)))]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Żółw")]
    [InlineData("TAB\t")]
    [InlineData("FNC1\u00F1smuggled")]
    public void Data_outside_printable_ascii_is_refused(string data)
    {
        Assert.NotNull(BarcodeSymbol.Code128Refusal(data));
        Assert.Throws<ArgumentException>(() => BarcodeSymbol.Code128(data));
    }

    [Fact]
    public void Data_longer_than_a_floor_code_is_refused()
    {
        Assert.Null(BarcodeSymbol.Code128Refusal(new string('7', BarcodeSymbol.MaxCode128Length)));
        Assert.NotNull(BarcodeSymbol.Code128Refusal(new string('7', BarcodeSymbol.MaxCode128Length + 1)));
    }

    [Fact]
    public void Random_printable_data_always_reads_back_as_itself()
    {
        var random = new Random(128);
        for (var run = 0; run < 200; run++)
        {
            var chars = Enumerable.Range(0, random.Next(1, 40))
                .Select(_ => random.Next(3) == 0 ? (char)random.Next(' ', '~' + 1) : (char)random.Next('0', '9' + 1)).ToArray();
            var data = new string(chars);
            var scanned = Assert.Single(PngBarcodeReader.Read(BarcodeImage.Code128Png(data, moduleWidthPx: 1, heightPx: 8)));
            Assert.Equal(BarcodeFormat.CODE_128, scanned.Format);
            Assert.Equal(data, scanned.Text);
        }
    }
}
