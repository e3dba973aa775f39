using KosovoElections.Domain.Registry;

namespace KosovoElections.Infrastructure.Registry;

/// <summary>Where validated registry rows go: the provider-specific half of an import.</summary>
internal interface IRegistrySink : IAsyncDisposable
{
    Task BeginAsync(CancellationToken cancellationToken);

    /// <summary>Synchronous on purpose: called millions of times on the import's own loop, where awaiting each row cost more than the row.</summary>
    void Add(IReadOnlyList<CivilRegistryEntry> batch);

    /// <summary>Makes every added row visible at once; until then the registry is unchanged. Adds its own stages' times.</summary>
    Task CompleteAsync(IDictionary<string, TimeSpan> stages, CancellationToken cancellationToken);
}
