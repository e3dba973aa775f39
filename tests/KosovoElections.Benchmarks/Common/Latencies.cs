using System.Diagnostics;

namespace KosovoElections.Benchmarks.Common;

/// <summary>Per-call latencies in milliseconds, timed with Stopwatch timestamps; safe to record from concurrent callers.</summary>
internal sealed class Latencies
{
    private readonly Lock _gate = new();
    private readonly List<double> _milliseconds = [];

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _milliseconds.Count;
            }
        }
    }

    public double Total => Sorted().Sum();

    /// <summary>Records the time since <paramref name="startedAt"/>, a <see cref="Stopwatch.GetTimestamp"/> value.</summary>
    public void RecordSince(long startedAt) => Record(Stopwatch.GetElapsedTime(startedAt).TotalMilliseconds);

    public void Record(double milliseconds)
    {
        lock (_gate)
        {
            _milliseconds.Add(milliseconds);
        }
    }

    /// <summary>Nearest-rank percentile: the smallest sample at or above <paramref name="fraction"/> of them.</summary>
    public double Percentile(double fraction)
    {
        var sorted = Sorted();
        return sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    public double Max => Percentile(1);

    public string Describe() =>
        $"p50 {Percentile(0.50),7:F2}  p95 {Percentile(0.95),7:F2}  p99 {Percentile(0.99),7:F2}  max {Max,7:F2} ms  (n={Count})";

    private double[] Sorted()
    {
        lock (_gate)
        {
            var copy = _milliseconds.ToArray();
            Array.Sort(copy);
            return copy;
        }
    }
}
