using Warehouse.Core.Barcodes;
using Xunit;

namespace Warehouse.Core.Tests.Barcodes;

public sealed class Gs1ElementString_Parsing
{
    private const char GS = Gs1ElementString.GroupSeparator;

    private static IReadOnlyList<Gs1Element> Parsed(string input)
    {
        Assert.True(Gs1ElementString.TryParse(input, out var elements, out var error), error);
        return elements;
    }

    private static string Refused(string? input)
    {
        Assert.False(Gs1ElementString.TryParse(input, out var elements, out var error));
        Assert.Null(elements);
        Assert.False(string.IsNullOrWhiteSpace(error));
        return error;
    }

    [Fact]
    public void A_gs1_128_scan_with_aim_id_and_gs_separators_parses()
    {
        var elements = Parsed($"]C10109501101531000" + $"10LOT-7{GS}21SER1{GS}3712{GS}3103001250");
        Assert.Equal(
            [new("01", "09501101531000"), new("10", "LOT-7"), new("21", "SER1"), new("37", "12"), new("3103", "001250")],
            elements);
    }

    [Theory]
    [InlineData("]d2")]
    [InlineData("]Q3")]
    [InlineData("]e0")]
    [InlineData("]J1")]
    [InlineData("")]
    public void Every_gs1_symbology_identifier_and_none_at_all_are_accepted(string aim) =>
        Assert.Equal([new Gs1Element("00", "359012345000000013")], Parsed(aim + "00359012345000000013"));

    [Fact]
    public void The_bracket_form_parses()
    {
        var elements = Parsed("(00)359012345000000013(400)ZAM-17/2024(420)00061(410)5901234123457");
        Assert.Equal(
            [new("00", "359012345000000013"), new("400", "ZAM-17/2024"), new("420", "00061"), new("410", "5901234123457")],
            elements);
    }

    [Fact]
    public void Fixed_length_ais_need_no_separator_so_wedge_typed_data_parses()
    {
        var elements = Parsed("0109501101531000" + "17261231" + "3300000150" + "10ABC");
        Assert.Equal([new("01", "09501101531000"), new("17", "261231"), new("3300", "000150"), new("10", "ABC")], elements);
    }

    [Fact]
    public void A_gs_after_a_fixed_length_value_a_leading_fnc1_and_the_scanner_suffix_are_tolerated() =>
        Assert.Equal(
            [new Gs1Element("00", "359012345000000013"), new Gs1Element("400", "A1")],
            Parsed($"]C1{GS}00359012345000000013{GS}400A1\r\n"));

    [Theory]
    [InlineData("00359012345000000014", "(00)")]
    [InlineData("0109501101531001", "(01)")]
    [InlineData("(02)09501101531001(37)5", "(02)")]
    [InlineData("4105901234123458", "(410)")]
    public void A_wrong_check_digit_is_refused(string input, string ai)
    {
        var error = Refused(input);
        Assert.Contains(ai, error);
        Assert.Contains("check digit", error);
    }

    [Fact]
    public void A_missing_gs_after_a_variable_length_value_is_reported_when_it_shows()
    {
        Assert.Contains("GS separator", Refused("10LOT-2024-000000017" + "21SERIAL-000000123"));
        Assert.Contains("GS separator", Refused("3712" + "400ZAM-17"));
    }

    [Theory]
    [InlineData("99ABC", "Unknown GS1 application identifier")]
    [InlineData("3106001250", "Unknown GS1 application identifier")]
    [InlineData("(99)ABC", "Unknown GS1 application identifier (99)")]
    [InlineData("]C0CMD:COMPLETE", "]C0 is not a GS1 symbol")]
    [InlineData("]E05901234123457", "]E0 is not a GS1 symbol")]
    [InlineData("]C", "symbology identifier")]
    public void Unknown_ais_and_non_gs1_symbols_are_refused(string input, string message) =>
        Assert.Contains(message, Refused(input));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("\r\n")]
    [InlineData("]C1")]
    public void Nothing_scanned_is_refused(string? input) => Refused(input);

    [Fact]
    public void An_oversized_scan_is_refused_before_parsing() =>
        Assert.Contains("at most 512", Refused("10" + new string('A', 5 * 1024)));

    [Theory]
    [InlineData("0109501101531000\u000010ABC")]
    [InlineData("10AB\u001BC")]
    [InlineData("10ABC\r21X")]
    public void Control_characters_other_than_gs_are_refused(string input) =>
        Assert.Contains("control character", Refused(input));

    [Theory]
    [InlineData("01095011015310", "exactly 14")]
    [InlineData("10Zażółć", "GS1 does not allow")]
    [InlineData("10A B", "GS1 does not allow")]
    [InlineData("17261341", "not a YYMMDD date")]
    [InlineData("(00)", "has no value")]
    [InlineData("(10)A(10)B", "appears twice")]
    public void Values_their_ai_does_not_allow_are_refused(string input, string message) =>
        Assert.Contains(message, Refused(input));

    [Fact]
    public void Random_element_strings_round_trip_through_transmitted_and_bracket_forms()
    {
        var random = new Random(1);
        var cset82 = "!\"%&'*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";
        var ais = Gs1ApplicationIdentifiers.All.ToArray();
        for (var run = 0; run < 500; run++)
        {
            var elements = ais.OrderBy(_ => random.Next()).Take(random.Next(1, 5))
                .Select(ai => new Gs1Element(ai.Ai, RandomValue(ai))).ToList();

            Assert.Equal(elements, Parsed("]C1" + Gs1ElementString.ToTransmittedForm(elements)));
            Assert.Equal(elements, Parsed(Gs1ElementString.ToBracketForm(elements)));
        }

        string RandomValue(Gs1ApplicationIdentifier ai)
        {
            if (ai.IsDate) return $"{random.Next(100):D2}{random.Next(1, 13):D2}{random.Next(32):D2}";
            var length = random.Next(ai.MinLength, ai.MaxLength + 1);
            var value = new string(Enumerable.Range(0, length)
                .Select(_ => ai.Numeric ? (char)random.Next('0', '9' + 1) : cset82[random.Next(cset82.Length)]).ToArray());
            return ai.HasCheckDigit ? value[..^1] + Gs1CheckDigit.Compute(value.AsSpan(0, value.Length - 1)) : value;
        }
    }
}
