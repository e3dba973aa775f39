namespace KosovoElections.Benchmarks.Exports;

/// <summary>
/// The managed heap while something runs, sampled every millisecond from another thread (GC.GetTotalAllocatedBytes
/// counts what was ever allocated, not what is held at once): the peak of GC.GetTotalMemory above where it stood after a
/// full collection before the run (held plus garbage not yet collected, so bounded by the young generation's budget),
/// and the largest heap the collector left after any collection during the run (what the run really held).
/// </summary>
internal sealed class ManagedMemoryPeak : IAsyncDisposable
{
    private readonly long _baseline;
    private readonly int _collections;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private long _peak;
    private long _afterCollection;

    private ManagedMemoryPeak()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        _baseline = GC.GetTotalMemory(forceFullCollection: true);
        _collections = GC.CollectionCount(0);
        _peak = _baseline;
        _sampling = Task.Factory.StartNew(Sample, TaskCreationOptions.LongRunning);
    }

    public static ManagedMemoryPeak Start() => new();

    /// <summary>Peak above the baseline; the largest heap after a collection during the run (0 when none ran); collections during the run.</summary>
    public (long AboveBaseline, long HeldAfterCollection, int Collections) Result { get; private set; }

    private void Sample()
    {
        var seen = GC.CollectionCount(0);
        while (!_stop.IsCancellationRequested)
        {
            _peak = Math.Max(_peak, GC.GetTotalMemory(forceFullCollection: false));
            if (GC.CollectionCount(0) != seen)
            {
                seen = GC.CollectionCount(0);
                _afterCollection = Math.Max(_afterCollection, GC.GetGCMemoryInfo(GCKind.Any).HeapSizeBytes - _baseline);
            }

            Thread.Sleep(1);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        Result = (_peak - _baseline, _afterCollection, GC.CollectionCount(0) - _collections);
        _stop.Dispose();
    }
}
