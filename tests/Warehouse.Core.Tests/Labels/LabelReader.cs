using System.Diagnostics;
using System.Text.Json;

namespace Warehouse.Core.Tests.Labels;

public sealed record DecodedBarcode(string Format, string SymbologyIdentifier, string ContentType, string Text);

/// <summary>
/// Reads a label as a carrier's scanner would, through tests/label-check (an independent ZPL
/// renderer and ZXing, both in Node). Missing Node or its packages fail the test with the fix.
/// </summary>
public static class LabelReader
{
    private static readonly string Tool = Path.Combine(Warehouse.Testing.RepositoryRoot.Path, "tests", "label-check");

    public static Task<IReadOnlyList<DecodedBarcode>> ReadZplAsync(string zpl, int dpmm = 8, double widthMm = 101.5, double heightMm = 152.25) =>
        ReadAsync(".zpl", System.Text.Encoding.UTF8.GetBytes(zpl),
            ["--dpmm", dpmm.ToString(), "--width-mm", widthMm.ToString(System.Globalization.CultureInfo.InvariantCulture),
             "--height-mm", heightMm.ToString(System.Globalization.CultureInfo.InvariantCulture)]);

    public static Task<IReadOnlyList<DecodedBarcode>> ReadPngAsync(byte[] png) => ReadAsync(".png", png, []);

    private static async Task<IReadOnlyList<DecodedBarcode>> ReadAsync(string extension, byte[] content, string[] options)
    {
        if (!Directory.Exists(Path.Combine(Tool, "node_modules", "zpl-renderer-js")))
            throw new InvalidOperationException($"Label check tool not installed: run tests/run-all.sh (or `npm ci` in {Tool}).");
        var file = Path.Combine(Path.GetTempPath(), $"label-{Guid.NewGuid():N}{extension}");
        await File.WriteAllBytesAsync(file, content);
        try
        {
            var start = new ProcessStartInfo("node") { WorkingDirectory = Tool, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in (string[])["check.mjs", file, .. options]) start.ArgumentList.Add(a);
            using var node = Process.Start(start) ?? throw new InvalidOperationException("node could not be started: install Node 20.");
            var output = node.StandardOutput.ReadToEndAsync();
            var error = node.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await node.WaitForExitAsync(timeout.Token);
            if (node.ExitCode != 0) throw new InvalidOperationException($"label check failed ({node.ExitCode}): {await error}");
            return JsonSerializer.Deserialize<List<DecodedBarcode>>(await output, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        }
        finally
        {
            File.Delete(file);
        }
    }

}
