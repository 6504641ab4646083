using Warehouse.Core.Barcodes;
using Warehouse.Core.Labels;
using Warehouse.Testing;
using Xunit;

namespace Warehouse.Core.Tests.Labels;

/// <summary>
/// Composes every label and draws every barcode image the tests look at, then renders and
/// decodes them all in one Node run per resolution (rendering costs ~0.3 s a label, starting
/// Node ~1 s): zpl-renderer-js draws the ZPL, zxing-wasm reads it. The renderer's PNGs are kept,
/// and ZXing.Net reads those and the images again in .NET: two readers, one independent renderer.
/// </summary>
public sealed class RenderedLabels : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "warehouse-labels-" + Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, string> _fileByName = [];
    private readonly string _renders;
    private IReadOnlyDictionary<string, IReadOnlyList<DecodedBarcode>> _decoded = new Dictionary<string, IReadOnlyList<DecodedBarcode>>();
    private readonly Dictionary<string, IReadOnlyList<ScannedBarcode>> _scanned = [];
    private readonly Dictionary<string, byte[]> _pngs = [];

    public RenderedLabels() => _renders = Path.Combine(_folder, "renders");

    public Dictionary<string, string> Zpl { get; } = [];
    public Dictionary<string, string> PngData { get; } = [];
    public Dictionary<string, IReadOnlyList<Gs1Element>> Gs1PngData { get; } = [];
    public Dictionary<string, string> TwoDimensionalPngData { get; } = [];

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_renders);
        var at203 = new List<string>();
        var at300 = new List<string>();

        void Composed(string name, string zpl, int dpi)
        {
            Zpl[name] = zpl;
            (dpi == 300 ? at300 : at203).Add(Write(name + ".zpl", System.Text.Encoding.UTF8.GetBytes(zpl)));
        }

        void Label(string name, ShippingLabel label, int dpi = 203) => Composed(name, ShippingLabelZpl.Compose(label, LabelStock.FourBySix(dpi)), dpi);

        Label("ordinary-203", LabelSamples.Ordinary);
        Label("ordinary-300", LabelSamples.Ordinary, 300);
        Label("injection-203", LabelSamples.ReceiverNamed(LabelSamples.ZplInjection));
        Label("hostile-203", LabelSamples.Hostile);
        Label("hostile-300", LabelSamples.Hostile, 300);
        Label("five-kilobyte-name-203", LabelSamples.ReceiverNamed(LabelSamples.FiveKilobyteName));
        Label("digits-tracking-203", LabelSamples.Ordinary with { TrackingNumber = "602677113062510017289812" });
        Label("greater-than-tracking-203", LabelSamples.Ordinary with { TrackingNumber = "AB>12-x" });
        Label("longest-tracking-300", LabelSamples.Ordinary with { TrackingNumber = new string('W', ZplCode128.MaxLength) }, 300);

        foreach (var (name, label, dpi) in ShelfLabelSamples.Locations)
            Composed(name, LocationLabelZpl.Compose(label, LabelStock.ShelfLabel(dpi)), dpi);
        foreach (var (name, label, dpi) in ShelfLabelSamples.Carriers)
            Composed(name, CarrierLabelZpl.Compose(label, LabelStock.ShelfLabel(dpi)), dpi);

        foreach (var (name, data) in Code128Samples)
        {
            PngData[name] = data;
            at203.Add(Write(name + ".png", BarcodeImage.Code128Png(data)));
        }
        foreach (var (name, elements) in Gs1Samples)
        {
            Gs1PngData[name] = elements;
            at203.Add(Write(name + ".png", BarcodeImage.Png(BarcodeSymbol.Gs1_128(elements), 2, 80, 10)));
        }
        foreach (var (name, data) in QrCodeSamples)
        {
            TwoDimensionalPngData[name] = data;
            at203.Add(Write(name + ".png", BarcodeImage.QrCodePng(data)));
        }
        foreach (var (name, data) in DataMatrixSamples)
        {
            TwoDimensionalPngData[name] = data;
            at203.Add(Write(name + ".png", BarcodeImage.DataMatrixPng(data)));
        }

        var reads = await Task.WhenAll(LabelReader.ReadAsync(at203, 8, _renders), LabelReader.ReadAsync(at300, 12, _renders));
        _decoded = reads.SelectMany(r => r).ToDictionary(kv => kv.Key, kv => kv.Value);

        // ZXing.Net reads what the renderer drew (labels) or what the server drew (images).
        foreach (var (name, file) in _fileByName)
        {
            var png = file.EndsWith(".zpl", StringComparison.Ordinal) ? LabelReader.RenderedPngPath(file, _renders) : file;
            _pngs[name] = await File.ReadAllBytesAsync(png);
        }
        await Task.WhenAll(_pngs.Select(kv => Task.Run(() =>
        {
            var scanned = PngBarcodeReader.Read(kv.Value);
            lock (_scanned) _scanned[kv.Key] = scanned;
        })));
    }

    /// <summary>What zxing-wasm (Node) read from the label or image called <paramref name="name"/>.</summary>
    public IReadOnlyList<DecodedBarcode> Decoded(string name) =>
        _decoded.TryGetValue(_fileByName[name], out var symbols) ? symbols : throw new KeyNotFoundException(name);

    /// <summary>What ZXing.Net read from the same PNG: the renderer's drawing of a label, or the image itself.</summary>
    public IReadOnlyList<ScannedBarcode> Scanned(string name) =>
        _scanned.TryGetValue(name, out var symbols) ? symbols : throw new KeyNotFoundException(name);

    /// <summary>The PNG both readers read: the renderer's drawing of a label, or the image itself.</summary>
    public byte[] Png(string name) => _pngs.TryGetValue(name, out var png) ? png : throw new KeyNotFoundException(name);

    public Task DisposeAsync()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
        return Task.CompletedTask;
    }

    public static readonly (string Name, string Data)[] Code128Samples =
    [
        ("command-complete", "CMD:COMPLETE"),
        ("order-number", "WWW-2024-000123"),
        ("digits-even", "0123456789"),
        ("digits-odd", "1234567"),
        ("mixed-runs", "AB12345678CD9"),
        ("printable-first-half", " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNO"),
        ("printable-second-half", "PQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~"),
    ];

    public static readonly (string Name, IReadOnlyList<Gs1Element> Elements)[] Gs1Samples =
    [
        ("gs1-sscc", [new("00", LabelSamples.Sscc.Value)]),
        ("gs1-order-then-postcode", [new("00", LabelSamples.Sscc.Value), new("400", "ZAM-17/2024"), new("420", "00061")]),
        ("gs1-gtin-batch-count", [new("02", "05901234123457"), new("10", "LOT-7"), new("37", "12"), new("3103", "001250")]),
    ];

    public static readonly (string Name, string Data)[] QrCodeSamples =
    [
        ("qr-tracking-url", "https://track.example.pl/t/SBX1234567890PL"),
        ("qr-polish-slip", "Zwrot: Anna Wiśniewska, Łódź"),
    ];

    public static readonly (string Name, string Data)[] DataMatrixSamples =
    [
        ("datamatrix-return", "RET-2024-000123"),
        ("datamatrix-polish-slip", "Zwrot: Anna Wiśniewska, Łódź"),
    ];

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, content);
        _fileByName[Path.GetFileNameWithoutExtension(name)] = path;
        return path;
    }
}

[CollectionDefinition(Name)]
public sealed class RenderedLabelsCollection : ICollectionFixture<RenderedLabels>
{
    public const string Name = "Rendered labels";
}
