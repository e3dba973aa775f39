using KosovoElections.Application.Documents;

namespace KosovoElections.IntegrationTests.Capture;

/// <summary>
/// The real store, which runs <paramref name="competitor"/> to its end when the capture using it stores its first image:
/// after that capture read the application's pages and before it saves, as a second window's capture would at the
/// worst moment. It remembers what it stored for the capture using it.
/// </summary>
internal sealed class RacingDocumentStore(IDocumentStore store, Func<Task> competitor) : IDocumentStore
{
    private bool _raced;

    public List<string> Saved { get; } = [];

    public async Task<string> SaveAsync(ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        if (!_raced)
        {
            _raced = true;
            await competitor();
        }

        var reference = await store.SaveAsync(content, cancellationToken);
        Saved.Add(reference);
        return reference;
    }

    public Task<byte[]?> ReadAsync(string reference, CancellationToken cancellationToken = default) => store.ReadAsync(reference, cancellationToken);

    public Task DeleteAsync(string reference, CancellationToken cancellationToken = default) => store.DeleteAsync(reference, cancellationToken);
}
