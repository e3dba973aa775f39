using System.Diagnostics;
using KosovoElections.Application.Audit;

namespace KosovoElections.Benchmarks.Wizard;

/// <summary>
/// The app's audit log behind a one-writer gate of its own, like the log's own, so that the time the chain is held
/// (an append's transaction) can be told from the time spent queueing for it: how busy the single writer is.
/// </summary>
internal sealed class AuditWriterMeter(IAuditLog inner) : IAuditLog, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private long _heldTicks;
    private int _appends;

    public int Appends => Volatile.Read(ref _appends);

    public TimeSpan Held => Stopwatch.GetElapsedTime(0, Volatile.Read(ref _heldTicks));

    public async Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        var started = Stopwatch.GetTimestamp();
        try
        {
            await inner.AppendAsync(entry, cancellationToken);
        }
        finally
        {
            Interlocked.Add(ref _heldTicks, Stopwatch.GetTimestamp() - started);
            Interlocked.Increment(ref _appends);
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
