using KosovoElections.Infrastructure;
using KosovoElections.Infrastructure.KeyRing;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.Infrastructure.Persistence.Figures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace KosovoElections.IntegrationTests.Fixtures;

/// <summary>
/// The application's real services (use cases, EF Core, ports) over a fresh, migrated database of one provider.
/// Data-layer tests derive one class per provider from the same abstract test class.
/// </summary>
public abstract class DataFixture : IAsyncLifetime
{
    protected DataFixture(DatabaseProvider provider) => Provider = provider;

    public DatabaseProvider Provider { get; }

    public TestDatabase Database { get; private set; } = default!;

    public ServiceProvider Services { get; private set; } = default!;

    public TestClock Clock { get; } = new(new DateTimeOffset(2027, 3, 1, 10, 0, 0, TimeSpan.Zero));

    public ElectionsDbFactory Db => Services.GetRequiredService<ElectionsDbFactory>();

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public async Task InitializeAsync()
    {
        Database = TestDatabase.Create(Provider, GetType().Name);
        Services = NewInstance();
        await Get<DatabaseMigrator>().MigrateAsync();
    }

    /// <summary>Another set of the application's services over the same database: a second server instance.</summary>
    public ServiceProvider NewInstance() => NewInstance(Database);

    /// <summary>The application's services over another database of this provider (one a test migrates step by step).</summary>
    public ServiceProvider NewInstance(TestDatabase database)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(database.Configuration())
            .AddInMemoryCollection(Documents.TestDocumentKeys.Settings("test-1", "test-1"))
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddElectionsCore(configuration, Path.GetTempPath());
        services.AddDatabaseKeyRing(configuration, isDevelopment: true);
        services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
        return services.BuildServiceProvider();
    }

    /// <summary>
    /// Whatever a class's tests did to applications through the use cases, the figures the saves kept equal a recount
    /// of every election (docs/decisions/0020): each data-layer test class proves it on its way out.
    /// </summary>
    public async Task DisposeAsync()
    {
        try
        {
            await using var db = await Db.CreateAsync();
            foreach (var election in await db.Elections.AsNoTracking().Select(e => e.Id).ToListAsync())
            {
                Assert.True(await FigureRecount.RecountAsync(db, election) == 0, $"The figures kept for election {election} differ from a recount.");
            }
        }
        finally
        {
            await Services.DisposeAsync();
        }
    }
}

public sealed class SqliteFixture() : DataFixture(DatabaseProvider.Sqlite);

public sealed class PostgresFixture() : DataFixture(DatabaseProvider.Postgres);
