using Warehouse.Core.Returns;

namespace Warehouse.Core.Tests.Returns;

/// <summary>RMA numbers: RMA- and nine digits, the last a GS1 check digit, so a mistyped digit is caught.</summary>
public sealed class ReturnNumber_Format
{
    [Fact]
    public void A_serial_becomes_a_number_with_its_check_digit()
    {
        Assert.Equal("RMA-000000123", ReturnNumber.From(12).Value);
        Assert.Equal(ReturnNumber.Length, ReturnNumber.From(99_999_999).Value.Length);
    }

    [Fact]
    public void A_typed_number_is_read_in_any_case_and_with_spaces()
    {
        Assert.True(ReturnNumber.TryParse(" rma-000000123 ", out var number));
        Assert.Equal("RMA-000000123", number.Value);
    }

    [Theory]
    [InlineData("RMA-000000124")]   // wrong check digit
    [InlineData("RMA-00000012")]    // too short
    [InlineData("RMX-000000123")]
    [InlineData("RMA-00000012A")]
    [InlineData("<script>")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_not_a_return_number(string? text) => Assert.False(ReturnNumber.TryParse(text, out _));

    [Fact]
    public void Every_serial_reads_back_as_itself()
    {
        foreach (var serial in new long[] { 1, 7, 10, 4711, 12_345_678, 99_999_999 })
            Assert.True(ReturnNumber.TryParse(ReturnNumber.From(serial).Value, out _));
    }
}
