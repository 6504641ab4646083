using System.Runtime.CompilerServices;

namespace Warehouse.DeviceSimulators.Cli;

/// <summary>Stdin lines until end of input or Ctrl+C; without a terminal the simulator just keeps running.</summary>
public static class Prompt
{
    public static async IAsyncEnumerable<string> ReadLinesAsync([EnumeratorCancellation] CancellationToken stop)
    {
        using var reader = new StreamReader(Console.OpenStandardInput());
        while (!stop.IsCancellationRequested)
        {
            string? line;
            try
            {
                line = await reader.ReadLineAsync(stop);
            }
            catch (OperationCanceledException)
            {
                yield break;
            }

            if (line is null)
            {
                // stdin closed (e.g. started in the background): keep serving until Ctrl+C.
                try
                {
                    await Task.Delay(Timeout.Infinite, stop);
                }
                catch (OperationCanceledException)
                {
                }

                yield break;
            }

            yield return line.Trim();
        }
    }
}
