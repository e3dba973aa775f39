using System.Threading.Channels;

namespace KosovoElections.Application.Registry.Upload;

/// <summary>An uploaded file waiting for this server's import job: the import's row and where the file was stored.</summary>
public sealed record QueuedRegistryImport(Guid ImportId, string StoredPath, string StartedBy);

/// <summary>
/// The imports this server is running and how far each has read: what the page shows on this server, and the proof
/// that an import that has not written its progress for a while (SQLite holds its one write lock for the whole import)
/// is alive.
/// </summary>
public sealed class RegistryImportsRunningHere
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, RegistryImportProgress> _running = new();

    public RegistryImportProgress? Progress(Guid importId) => _running.GetValueOrDefault(importId);

    internal RegistryImportProgress Begin(Guid importId) => _running[importId] = new RegistryImportProgress();

    internal void End(Guid importId) => _running.TryRemove(importId, out _);
}

/// <summary>Hands an accepted upload from the request that stored it to the background job that imports it (one per server).</summary>
public sealed class RegistryImportQueue
{
    private readonly Channel<QueuedRegistryImport> _waiting = Channel.CreateUnbounded<QueuedRegistryImport>(new UnboundedChannelOptions { SingleReader = true });

    public void Enqueue(QueuedRegistryImport import)
    {
        if (!_waiting.Writer.TryWrite(import))
        {
            throw new InvalidOperationException("The registry import queue is closed.");
        }
    }

    public IAsyncEnumerable<QueuedRegistryImport> ReadAllAsync(CancellationToken cancellationToken) => _waiting.Reader.ReadAllAsync(cancellationToken);
}
