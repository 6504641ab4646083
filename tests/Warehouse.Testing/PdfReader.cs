using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;

namespace Warehouse.Testing;

/// <summary>What an independent reader (pdf.js, then ZXing on the drawn pages) makes of a PDF.</summary>
public sealed record PdfRead(int Pages, string? Title, IReadOnlyList<string> Text, IReadOnlyList<IReadOnlyList<DecodedPdfBarcode>> Symbols)
{
    public string AllText => string.Join("\n", Text);
}

public sealed record DecodedPdfBarcode(string Format, string Text);

/// <summary>Runs tests/label-check/pdf-text.mjs on a PDF: the page count, each page's text, and the barcodes on each drawn page.</summary>
public static class PdfReader
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static async Task<PdfRead> ReadAsync(byte[] pdf)
    {
        var tool = RepositoryRoot.Combine("tests", "label-check");
        if (!Directory.Exists(Path.Combine(tool, "node_modules", "pdfjs-dist")) || !Directory.Exists(Path.Combine(tool, "node_modules", "@napi-rs", "canvas")))
            throw new InvalidOperationException($"The PDF reader's packages are not installed: run `npm ci` in {tool} (Node 20, npm registry only).");
        var file = Path.Combine(Path.GetTempPath(), $"warehouse-pdf-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            var start = new ProcessStartInfo("node") { WorkingDirectory = tool, RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(Path.Combine(tool, "pdf-text.mjs"));
            start.ArgumentList.Add(file);
            Process process;
            try
            {
                process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
            }
            catch (Win32Exception e)
            {
                throw new InvalidOperationException("Node.js (20+) is needed to read PDFs and was not found on PATH.", e);
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
                    throw new TimeoutException("pdf-text.mjs did not finish in 120 s.");
                }
                var answer = JsonSerializer.Deserialize<Answer>(await stdout, Json);
                if (process.ExitCode != 0 || answer is null || answer.Error is not null)
                    throw new InvalidOperationException($"pdf.js could not read the PDF ({process.ExitCode}): {answer?.Error} {await stderr}");
                return new PdfRead(answer.Pages, answer.Title, answer.Text ?? [], answer.Symbols ?? []);
            }
        }
        finally
        {
            File.Delete(file);
        }
    }

    private sealed record Answer(int Pages, string? Title, List<string>? Text, List<IReadOnlyList<DecodedPdfBarcode>>? Symbols, string? Error);
}
