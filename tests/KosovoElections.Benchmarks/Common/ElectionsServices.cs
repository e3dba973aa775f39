using KosovoElections.Application.Registry;
using KosovoElections.Infrastructure;
using KosovoElections.Infrastructure.KeyRing;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.Infrastructure.Registry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KosovoElections.Benchmarks.Common;

/// <summary>The application's own services over a freshly migrated database, wired as the web host wires them.</summary>
internal sealed class ElectionsServices(ServiceProvider services) : IAsyncDisposable
{
    /// <param name="settings">Configuration on top of the provider and connection string (e.g. the sign-in options).</param>
    /// <param name="configure">Extra registrations made after the app's, so they may replace one (e.g. an EF interceptor, a decorated port).</param>
    public static async Task<ElectionsServices> StartAsync(
        DatabaseProvider provider, string connectionString, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = provider.ToString(),
                ["ConnectionStrings:Default"] = connectionString,
            })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var collection = new ServiceCollection();
        collection.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        collection.AddElectionsCore(configuration, Path.GetTempPath());

        // Data Protection (the outbox's encryption) as outside Development: its master key must be in the settings when used.
        collection.AddDatabaseKeyRing(configuration, isDevelopment: false);
        configure?.Invoke(collection);
        var provided = collection.BuildServiceProvider();
        await provided.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        return new ElectionsServices(provided);
    }

    public IServiceProvider Services => services;

    public T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    public Task<RegistryImportReport> ImportAsync(string csvPath) => ImportAsync(csvPath, services.GetRequiredService<IRegistryImporter>());

    /// <summary>The app's import with another CSV parser behind its reading seam.</summary>
    public Task<RegistryImportReport> ImportAsync(string csvPath, Func<Stream, IRegistryRecordReader> openReader) =>
        ImportAsync(csvPath, new RegistryImporter(Get<ElectionsDbFactory>(), Get<ILogger<RegistryImporter>>()) { OpenReader = openReader });

    private static async Task<RegistryImportReport> ImportAsync(string csvPath, IRegistryImporter importer)
    {
        await using var csv = new FileStream(csvPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var report = await importer.ImportAsync(csv);
        if (report.RejectedCount > 0)
        {
            throw new InvalidOperationException($"The synthetic registry should import cleanly: {report.Rejected[0]}");
        }

        return report;
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
