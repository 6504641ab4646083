using System.Text;
using ZXing;
using ZXing.Common;
using ZXing.Datamatrix.Encoder;
using ZXing.QrCode.Internal;

namespace Warehouse.Core.Barcodes;

/// <summary>
/// A barcode as its grid of modules, laid out by ZXing.Net: one row for linear symbols.
/// Drawing it (pixels per module, quiet zone) is <see cref="BarcodeImage"/>'s business.
/// </summary>
public sealed partial class BarcodeSymbol
{
    /// <summary>Long Code 128 symbols are hard to scan and no floor code needs more.</summary>
    public const int MaxCode128Length = 80;

    /// <summary>Enough for any URL or slip text we print; far below what makes a 2D symbol unreadable at arm's length.</summary>
    public const int MaxTwoDimensionalLength = 500;

    private readonly BitMatrix _modules;

    private BarcodeSymbol(BarcodeSymbology symbology, BitMatrix modules)
    {
        Symbology = symbology;
        _modules = modules;
    }

    public BarcodeSymbology Symbology { get; }

    public bool IsLinear => Symbology is BarcodeSymbology.Code128 or BarcodeSymbology.Gs1_128;

    /// <summary>Width without quiet zones, in modules.</summary>
    public int WidthModules => _modules.Width;

    /// <summary>Height in modules: 1 for a linear symbol, whose bar height is the image's choice.</summary>
    public int HeightModules => IsLinear ? 1 : _modules.Height;

    /// <summary>True where the module at column <paramref name="x"/>, row <paramref name="y"/> is dark.</summary>
    public bool IsDark(int x, int y) => _modules[x, IsLinear ? 0 : y];

    /// <summary>Code 128 of printable ASCII (0x20–0x7E), in the fewest codewords (subsets switched where it pays).</summary>
    public static BarcodeSymbol Code128(string data)
    {
        if (Code128Refusal(data) is { } reason) throw new ArgumentException(reason, nameof(data));
        return Encode(BarcodeSymbology.Code128, data, BarcodeFormat.CODE_128, Code128Hints(gs1: false));
    }

    /// <summary>Why <paramref name="data"/> cannot be a Code 128 image, or null when it can.</summary>
    public static string? Code128Refusal(string? data)
    {
        if (string.IsNullOrEmpty(data)) return "Code 128 data is empty.";
        if (data.Length > MaxCode128Length) return $"Code 128 data is {data.Length} characters; at most {MaxCode128Length} fit.";
        // Printable ASCII only: control characters need subset A and scanners pass them on unevenly,
        // and ZXing reads U+00F1–U+00F4 as FNC1–FNC4, which data must never smuggle in.
        for (var i = 0; i < data.Length; i++)
            if (data[i] is < ' ' or > '~')
                return $"Code 128 (printable ASCII) cannot encode the character U+{(int)data[i]:X4} at position {i + 1}.";
        return null;
    }

    /// <summary>QR code of any text; UTF-8 (announced by an ECI) only when the text is not plain ASCII.</summary>
    public static BarcodeSymbol QrCode(string data)
    {
        if (TwoDimensionalRefusal(data, "QR code") is { } reason) throw new ArgumentException(reason, nameof(data));
        var hints = new Dictionary<EncodeHintType, object>
        {
            [EncodeHintType.MARGIN] = 0,
            // Level Q (25 % may be lost), as on the shipping label: slips get folded and scuffed.
            [EncodeHintType.ERROR_CORRECTION] = ErrorCorrectionLevel.Q,
        };
        if (!Ascii.IsValid(data)) hints[EncodeHintType.CHARACTER_SET] = "UTF-8";
        return Encode(BarcodeSymbology.QrCode, data, BarcodeFormat.QR_CODE, hints);
    }

    /// <summary>Square DataMatrix of any text; UTF-8 (announced by an ECI) only when the text is not plain ASCII.</summary>
    public static BarcodeSymbol DataMatrix(string data)
    {
        if (TwoDimensionalRefusal(data, "DataMatrix") is { } reason) throw new ArgumentException(reason, nameof(data));
        var hints = new Dictionary<EncodeHintType, object>
        {
            [EncodeHintType.MARGIN] = 0,
            // Square symbols: what handheld scanners and slip layouts expect (ZXing would pick rectangles too).
            [EncodeHintType.DATA_MATRIX_SHAPE] = SymbolShapeHint.FORCE_SQUARE,
            // Not DATA_MATRIX_COMPACT: ZXing.Net 0.16.11's minimal encoder writes wrong data for some
            // texts (extra characters at the end, GS as "n"); the standard encoder reads back exactly.
        };
        if (!Ascii.IsValid(data)) hints[EncodeHintType.CHARACTER_SET] = "UTF-8";
        return Encode(BarcodeSymbology.DataMatrix, data, BarcodeFormat.DATA_MATRIX, hints);
    }

    /// <summary>Why <paramref name="data"/> cannot be a QR or DataMatrix image, or null when it can.</summary>
    public static string? TwoDimensionalRefusal(string? data, string symbology = "A 2D barcode")
    {
        if (string.IsNullOrEmpty(data)) return $"{symbology} data is empty.";
        if (data.Length > MaxTwoDimensionalLength)
            return $"{symbology} data is {data.Length} characters; at most {MaxTwoDimensionalLength} are drawn.";
        for (var i = 0; i < data.Length; i++)
        {
            if (char.IsHighSurrogate(data[i]) && i + 1 < data.Length && char.IsLowSurrogate(data[i + 1])) { i++; continue; }
            // A lone surrogate has no UTF-8 form: the symbol would carry a replacement character.
            if (char.IsSurrogate(data[i])) return $"{symbology} data has a broken character (a lone surrogate) at position {i + 1}.";
        }
        return null;
    }

    private static Dictionary<EncodeHintType, object> Code128Hints(bool gs1) => new()
    {
        [EncodeHintType.MARGIN] = 0,
        // The minimal encoder: fewest codewords, so the narrowest symbol (scans from further, fits a ticket).
        [EncodeHintType.CODE128_COMPACT] = true,
        [EncodeHintType.GS1_FORMAT] = gs1,
    };

    private static BarcodeSymbol Encode(BarcodeSymbology symbology, string contents, BarcodeFormat format, Dictionary<EncodeHintType, object> hints)
    {
        try
        {
            // Width and height 0: one pixel per module, so the image can scale by whole pixels.
            return new BarcodeSymbol(symbology, new MultiFormatWriter().encode(contents, format, 0, 0, hints));
        }
        catch (WriterException e)
        {
            throw new ArgumentException($"{symbology} cannot hold this data: {e.Message}", nameof(contents), e);
        }
    }
}
