using KosovoElections.Domain.Registry;

namespace KosovoElections.Infrastructure.Registry;

/// <summary>Where validated registry rows go: the provider-specific half of an import.</summary>
internal interface IRegistrySink : IAsyncDisposable
{
    Task BeginAsync(CancellationToken cancellationToken);

    ValueTask AddAsync(CivilRegistryEntry entry, CancellationToken cancellationToken);

    /// <summary>Makes every added row visible at once; until then the registry is unchanged.</summary>
    Task CompleteAsync(IDictionary<string, TimeSpan> stages, CancellationToken cancellationToken);
}
