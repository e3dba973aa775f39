using KosovoElections.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Infrastructure.Persistence;

/// <summary>Opens a context of whichever provider is configured, typed as the shared model.</summary>
public sealed class ElectionsDbFactory(Func<CancellationToken, Task<ElectionsDbContext>> create, DatabaseProvider provider) : IElectionsDbFactory
{
    public DatabaseProvider Provider { get; } = provider;

    public Task<ElectionsDbContext> CreateAsync(CancellationToken cancellationToken = default) => create(cancellationToken);

    async Task<IElectionsDb> IElectionsDbFactory.OpenAsync(CancellationToken cancellationToken) => await create(cancellationToken);

    internal static ElectionsDbFactory For<TContext>(IDbContextFactory<TContext> factory, DatabaseProvider provider)
        where TContext : ElectionsDbContext =>
        new(async ct => await factory.CreateDbContextAsync(ct), provider);
}
