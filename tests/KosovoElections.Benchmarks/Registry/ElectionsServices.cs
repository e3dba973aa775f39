using KosovoElections.Application.Registry;
using KosovoElections.Infrastructure;
using KosovoElections.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KosovoElections.Benchmarks.Registry;

/// <summary>The application's own services over a freshly migrated database, wired as the web host wires them.</summary>
internal sealed class ElectionsServices(ServiceProvider services) : IAsyncDisposable
{
    public static async Task<ElectionsServices> StartAsync(DatabaseProvider provider, string connectionString)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:Default"] = connectionString,
        }).Build();
        var collection = new ServiceCollection();
        collection.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        collection.AddElectionsCore(configuration, Path.GetTempPath());
        var provided = collection.BuildServiceProvider();
        await provided.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        return new ElectionsServices(provided);
    }

    public async Task<RegistryImportReport> ImportAsync(string csvPath)
    {
        await using var csv = new FileStream(csvPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var report = await services.GetRequiredService<IRegistryImporter>().ImportAsync(csv);
        if (report.RejectedCount > 0)
        {
            throw new InvalidOperationException($"The synthetic registry should import cleanly: {report.Rejected[0]}");
        }

        return report;
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
