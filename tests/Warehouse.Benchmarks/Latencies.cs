namespace Warehouse.Benchmarks;

/// <summary>Latency samples in milliseconds and the percentiles a floor cares about.</summary>
public sealed class Latencies
{
    private readonly List<double> _ms = [];

    public int Count => _ms.Count;

    public void Add(double ms)
    {
        lock (_ms) _ms.Add(ms);
    }

    public double Percentile(double p)
    {
        lock (_ms)
        {
            if (_ms.Count == 0) return double.NaN;
            var sorted = _ms.Order().ToArray();
            return sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
        }
    }

    public double P50 => Percentile(50);
    public double P99 => Percentile(99);
    public double P999 => Percentile(99.9);
    public double Max => Percentile(100);

    public override string ToString() => $"p50 {P50:0.00} ms · p99 {P99:0.00} ms · max {Max:0.00} ms (n={Count})";
}
