namespace KosovoElections.Benchmarks.Registry;

/// <summary>Samples this process's working set while a measurement runs; the process-wide peak would include setup.</summary>
internal sealed class PeakWorkingSet : IDisposable
{
    private readonly Lock _gate = new();
    private readonly Timer _timer;
    private long _peak;

    public PeakWorkingSet() => _timer = new Timer(_ => Sample(), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(25));

    public long Bytes
    {
        get
        {
            Sample();
            lock (_gate)
            {
                return _peak;
            }
        }
    }

    public void Dispose() => _timer.Dispose();

    private void Sample()
    {
        var now = Environment.WorkingSet;
        lock (_gate)
        {
            _peak = Math.Max(_peak, now);
        }
    }
}
