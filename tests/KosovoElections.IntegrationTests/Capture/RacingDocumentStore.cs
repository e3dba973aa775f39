using KosovoElections.Application.Documents;

namespace KosovoElections.IntegrationTests.Capture;

/// <summary>
/// The real store, which runs a competitor (a second window's capture) to its end when the next image is stored: after
/// the capture storing it has read the application's pages and before it saves, the worst moment. It remembers what it
/// stored.
/// </summary>
public sealed class RacingDocumentStore(IDocumentStore store) : IDocumentStore
{
    private readonly Lock _gate = new();
    private readonly List<string> _saved = [];
    private Func<Task>? _competitor;

    /// <summary>What was stored through this store, in order.</summary>
    public IReadOnlyList<string> Saved
    {
        get
        {
            lock (_gate)
            {
                return [.. _saved];
            }
        }
    }

    /// <summary>Runs <paramref name="competitor"/> once, when the next image is stored (not for the images it stores itself).</summary>
    public void BeforeNextSave(Func<Task> competitor) => Interlocked.Exchange(ref _competitor, competitor);

    public async Task<string> SaveAsync(ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _competitor, null) is { } competitor)
        {
            await competitor();
        }

        var reference = await store.SaveAsync(content, cancellationToken);
        lock (_gate)
        {
            _saved.Add(reference);
        }

        return reference;
    }

    public Task<byte[]?> ReadAsync(string reference, CancellationToken cancellationToken = default) => store.ReadAsync(reference, cancellationToken);

    public Task DeleteAsync(string reference, CancellationToken cancellationToken = default) => store.DeleteAsync(reference, cancellationToken);
}
