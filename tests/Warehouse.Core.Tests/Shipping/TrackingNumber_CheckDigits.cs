using Warehouse.Core.Shipping.TrackingNumbers;

namespace Warehouse.Core.Tests.Shipping;

/// <summary>Check digits worked by hand from the published rules, and wrong ones refused.</summary>
public sealed class TrackingNumber_CheckDigits
{
    [Fact]
    public void A_gls_check_digit_is_weights_three_and_one_plus_one_to_the_next_ten()
    {
        // 1·3 + 2 + 3·3 + 4 + 5·3 + 6 + 7·3 + 8 + 9·3 + 0 + 1·3 = 98; 98 + 1 = 99; 100 − 99 = 1.
        Assert.Equal(1, GlsParcelNumber.CheckDigit("12345678901"));
        Assert.True(GlsParcelNumber.Instance.IsValid("123456789011"));
    }

    [Theory]
    [InlineData("123456789012")]
    [InlineData("123456789010")]
    [InlineData("12345678901")]
    [InlineData("1234567890111")]
    [InlineData("12345678901A")]
    [InlineData("")]
    [InlineData(null)]
    public void A_gls_number_with_a_wrong_check_digit_or_shape_is_refused(string? number) =>
        Assert.False(GlsParcelNumber.Instance.IsValid(number));

    [Theory]
    // UPU S10 weights 8,6,4,2,3,5,9,7; 11 − sum mod 11; 10 → 0, 11 → 5.
    [InlineData("41034224", 9)] // 32+6+0+6+12+10+18+28 = 112; 112 mod 11 = 2; 11 − 2 = 9
    [InlineData("00071759", 5)] // 14+3+35+45+63 = 160; 160 mod 11 = 6; 11 − 6 = 5
    [InlineData("00000000", 5)] // sum 0 → 11, written 5
    [InlineData("00000008", 0)] // 56 mod 11 = 1 → 10, written 0
    public void An_s10_check_digit_follows_the_upu_weights(string serial, int check) =>
        Assert.Equal(check, UpuS10.CheckDigit(serial));

    [Theory]
    [InlineData("EE410342249PL", true)]
    [InlineData("CP000000080PL", true)]
    [InlineData("EE410342248PL", false)]
    [InlineData("EE410342249DE", false)]
    [InlineData("ee410342249PL", false)]
    [InlineData("EE41034224PL", false)]
    [InlineData(" EE410342249PL", false)]
    public void A_polish_s10_is_valid_only_with_its_check_digit_and_pl(string number, bool valid) =>
        Assert.Equal(valid, UpuS10.Pocztex.IsValid(number));

    [Fact]
    public void Numbers_made_from_serials_pass_their_own_validators()
    {
        ITrackingNumberFormat[] formats = [InPostNumber.Instance, DpdWaybill.Instance, DhlParcelWaybill.Instance, GlsParcelNumber.Instance, UpuS10.Pocztex];
        foreach (var format in formats)
            foreach (var serial in new long[] { 0, 1, 8, 41034224, format.SerialSpace - 1 })
                Assert.True(format.IsValid(format.Create(serial)), $"{format.Description}: {format.Create(serial)}");
    }

    [Theory]
    [InlineData("620000014433330021832001", true)]
    [InlineData("62000001443333002183200", false)]
    [InlineData("62000001443333002183200X", false)]
    public void An_inpost_number_is_24_digits(string number, bool valid) =>
        Assert.Equal(valid, InPostNumber.Instance.IsValid(number));

    [Theory]
    [InlineData("1000727398456U", true)]
    [InlineData("1000727398456", false)]
    [InlineData("1000727398456u", false)]
    [InlineData("100072739845AU", false)]
    public void A_dpd_waybill_is_13_digits_and_u(string number, bool valid) =>
        Assert.Equal(valid, DpdWaybill.Instance.IsValid(number));

    [Theory]
    [InlineData("15467388748", true)]
    [InlineData("1546738874", false)]
    [InlineData("1546738874X", false)]
    public void A_dhl_parcel_waybill_is_11_digits(string number, bool valid) =>
        Assert.Equal(valid, DhlParcelWaybill.Instance.IsValid(number));

    [Theory]
    [InlineData("359012347000000017", true)]
    [InlineData("359012347000000018", false)]
    public void Our_own_fleet_tracks_by_a_valid_sscc(string number, bool valid) =>
        Assert.Equal(valid, SsccTrackingNumber.Instance.IsValid(number));

    [Fact]
    public void A_serial_outside_the_format_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => UpuS10.Pocztex.Create(100_000_000));
        Assert.Throws<ArgumentOutOfRangeException>(() => GlsParcelNumber.Instance.Create(-1));
    }
}
