using Warehouse.Core.Photos;
using Warehouse.Testing;

namespace Warehouse.Core.Tests.Photos;

/// <summary>A photo is the type it was sent as by its bytes, not by its label; programs and cut-off files are named as such.</summary>
public sealed class ImageCheck_ReadsTheBytes
{
    private static string? Check(byte[] bytes, string declared) =>
        ImageCheck.Refusal(bytes.AsSpan(0, Math.Min(bytes.Length, ImageCheck.HeadLength)),
            bytes.AsSpan(Math.Max(0, bytes.Length - ImageCheck.TailLength)), bytes.Length, declared);

    public static TheoryData<string, string> RealImages => new()
    {
        { "jpeg", ImageCheck.Jpeg },
        { "png", ImageCheck.Png },
        { "webp", ImageCheck.WebP },
    };

    private static byte[] Image(string kind) => kind switch
    {
        "jpeg" => TestPhotos.Jpeg(),
        "png" => TestPhotos.Png(),
        "webp" => TestPhotos.WebP(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    [Theory, MemberData(nameof(RealImages))]
    public void A_real_image_sent_as_its_own_type_passes(string kind, string type)
    {
        Assert.Null(Check(Image(kind), type));
        Assert.Equal(type, ImageCheck.Recognise(Image(kind)));
    }

    [Fact]
    public void A_png_sent_as_jpeg_is_refused_naming_what_it_is()
    {
        Assert.Equal("The bytes are image/png, not image/jpeg as sent.", Check(TestPhotos.Png(), ImageCheck.Jpeg));
    }

    [Fact]
    public void A_windows_program_renamed_to_jpeg_is_called_a_program()
    {
        Assert.Equal("This is a program (a Windows executable), not a photo.", Check(TestPhotos.WindowsProgram(), ImageCheck.Jpeg));
    }

    [Fact]
    public void A_linux_program_sent_as_png_is_called_a_program()
    {
        Assert.Equal("This is a program (a Linux ELF executable), not a photo.", Check(TestPhotos.LinuxProgram(), ImageCheck.Png));
    }

    [Fact]
    public void Text_sent_as_an_image_is_refused()
    {
        Assert.Equal("The bytes are not a JPEG, PNG or WebP image (sent as image/webp).", Check("hello, not a photo"u8.ToArray(), ImageCheck.WebP));
    }

    [Theory, MemberData(nameof(RealImages))]
    public void An_image_cut_short_is_refused(string kind, string type)
    {
        var whole = Image(kind);

        var refusal = Check(whole[..(whole.Length - 7)], type);

        Assert.NotNull(refusal);
        Assert.Contains("cut short", refusal);
    }

    [Fact]
    public void A_png_signature_without_its_header_is_refused()
    {
        var png = TestPhotos.Png();
        png[12] = (byte)'X'; // IHDR → XHDR

        Assert.Equal("The PNG has no image header (IHDR) where it must be.", Check(png, ImageCheck.Png));
    }

    [Fact]
    public void A_png_of_no_width_is_refused()
    {
        var png = TestPhotos.Png();
        png[16] = png[17] = png[18] = png[19] = 0;

        Assert.Equal("The PNG's header gives it no width or no height.", Check(png, ImageCheck.Png));
    }
}
