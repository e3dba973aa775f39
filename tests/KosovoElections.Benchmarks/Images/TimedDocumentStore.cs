using System.Diagnostics;
using KosovoElections.Application.Documents;
using KosovoElections.Benchmarks.Common;

namespace KosovoElections.Benchmarks.Images;

/// <summary>The app's document store, with the wall time of each save recorded, to split a capture's time.</summary>
internal sealed class TimedDocumentStore(IDocumentStore inner) : IDocumentStore
{
    public Latencies Recorded { get; set; } = new();

    public async Task<string> SaveAsync(ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        var reference = await inner.SaveAsync(content, cancellationToken);
        Recorded.RecordSince(started);
        return reference;
    }

    public Task<byte[]?> ReadAsync(string reference, CancellationToken cancellationToken = default) => inner.ReadAsync(reference, cancellationToken);

    public Task DeleteAsync(string reference, CancellationToken cancellationToken = default) => inner.DeleteAsync(reference, cancellationToken);
}
