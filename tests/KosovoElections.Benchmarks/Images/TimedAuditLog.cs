using System.Diagnostics;
using KosovoElections.Application.Audit;
using KosovoElections.Benchmarks.Common;

namespace KosovoElections.Benchmarks.Images;

/// <summary>The app's audit log, with the wall time of each append (waiting for the chain included) recorded.</summary>
internal sealed class TimedAuditLog(IAuditLog inner) : IAuditLog
{
    public Latencies Recorded { get; set; } = new();

    public async Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        await inner.AppendAsync(entry, cancellationToken);
        Recorded.RecordSince(started);
    }
}
