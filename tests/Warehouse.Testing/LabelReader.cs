using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;

namespace Warehouse.Testing;

/// <summary>One barcode as ZXing read it back.</summary>
public sealed record DecodedBarcode(string Format, string SymbologyIdentifier, string ContentType, string Text);

/// <summary>
/// Reads labels back the way a carrier's scanner would, through tests/label-check
/// (zpl-renderer-js draws the ZPL, zxing-wasm decodes). Missing Node or node_modules
/// fails the test with what to do: an unchecked label must never look like a pass.
/// </summary>
public static class LabelReader
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    /// <summary>
    /// Files to read in one Node process; <paramref name="dotsPerMm"/> is 8 for 203 dpi, 12 for 300 dpi.
    /// With <paramref name="pngFolder"/>, the renderer's PNG of each ZPL file is kept there as
    /// <c>&lt;file name&gt;.png</c> (e.g. <c>label.zpl.png</c>), for a second reader to read.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<DecodedBarcode>>> ReadAsync(
        IReadOnlyCollection<string> files, int dotsPerMm = 8, string? pngFolder = null)
    {
        if (files.Count == 0) return new Dictionary<string, IReadOnlyList<DecodedBarcode>>();
        var tool = RepositoryRoot.Combine("tests", "label-check");
        if (!Directory.Exists(Path.Combine(tool, "node_modules", "zpl-renderer-js")) ||
            !Directory.Exists(Path.Combine(tool, "node_modules", "zxing-wasm")))
            throw new InvalidOperationException(
                $"The label checker's packages are not installed: run `npm ci` in {tool} (Node 20, npm registry only).");

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = tool,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(tool, "check.mjs"));
        foreach (var file in files) start.ArgumentList.Add(file);
        start.ArgumentList.Add("--per-file");
        start.ArgumentList.Add("--dpmm");
        start.ArgumentList.Add(dotsPerMm.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (pngFolder is not null)
        {
            start.ArgumentList.Add("--png-out");
            start.ArgumentList.Add(pngFolder);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException("Node.js (20+) is needed to check labels and was not found on PATH.", e);
        }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"label-check did not finish reading {files.Count} files in 120 s.");
            }
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"label-check failed ({process.ExitCode}): {await stderr}");

            var results = JsonSerializer.Deserialize<List<FileResult>>(await stdout, Json)
                ?? throw new InvalidOperationException("label-check printed no JSON.");
            var byFile = new Dictionary<string, IReadOnlyList<DecodedBarcode>>();
            foreach (var result in results)
            {
                if (result.Error is not null) throw new InvalidOperationException($"label-check could not read {result.File}: {result.Error}");
                byFile[result.File] = result.Symbols ?? [];
            }
            return byFile;
        }
    }

    /// <summary>Where <see cref="ReadAsync"/> keeps the renderer's PNG of <paramref name="zplFile"/> in <paramref name="pngFolder"/>.</summary>
    public static string RenderedPngPath(string zplFile, string pngFolder) => Path.Combine(pngFolder, Path.GetFileName(zplFile) + ".png");

    private sealed record FileResult(string File, List<DecodedBarcode>? Symbols, string? Error);
}
