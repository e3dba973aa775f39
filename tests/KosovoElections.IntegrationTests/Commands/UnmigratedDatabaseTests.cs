using KosovoElections.Infrastructure;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KosovoElections.IntegrationTests.Commands;

/// <summary>
/// A database nobody has migrated yet: with Database:MigrateAtStartup (the default) commands and the host migrate it
/// first; without, they refuse in one line that names `migrate`, instead of failing on a missing table.
/// </summary>
public abstract class UnmigratedDatabaseTests(DatabaseProvider provider)
{
    private const string RunMigrateFirst = "The database has pending migrations: run `KosovoElections.Web migrate` first (Database:MigrateAtStartup is off).";

    [Fact]
    public async Task RegistryImport_FreshDatabase_MigratesFirstAndImports()
    {
        var database = TestDatabase.Create(provider, "fresh-import");
        var (code, output, error) = await WebExecutable.RunAsync(database, null, "registry", "import", await RegistryFileAsync());

        Assert.True(code == 0, output + error);
        Assert.Contains("pending migration(s) first", output, StringComparison.Ordinal);
        Assert.Contains("1 imported, 0 rejected", output, StringComparison.Ordinal);
        Assert.Equal(1, await RegistryCountAsync(database));
    }

    [Fact]
    public async Task RegistryImport_FreshDatabaseWithMigrateAtStartupOff_ExitsWithOneLineNamingMigrate()
    {
        var database = TestDatabase.Create(provider, "fresh-import-off");
        var (code, output, error) = await WebExecutable.RunAsync(
            database, new Dictionary<string, string?> { ["Database__MigrateAtStartup"] = "false" }, "registry", "import", await RegistryFileAsync());

        Assert.Equal(1, code);
        Assert.Equal(RunMigrateFirst, error.Trim());
        Assert.DoesNotContain("Exception", output + error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output + error, StringComparison.Ordinal);

        var (migrated, _, _) = await WebExecutable.RunAsync(database, new Dictionary<string, string?> { ["Database__MigrateAtStartup"] = "false" }, "migrate");
        Assert.Equal(0, migrated);
        Assert.Equal(0, (await WebExecutable.RunAsync(
            database, new Dictionary<string, string?> { ["Database__MigrateAtStartup"] = "false" }, "registry", "import", await RegistryFileAsync())).Code);
    }

    [Fact]
    public async Task StartAsync_FreshDatabaseWithMigrateAtStartupOff_RefusesNamingMigrate()
    {
        var database = TestDatabase.Create(provider, "fresh-host-off");
        var error = await Assert.ThrowsAsync<SetupException>(() => TestHost.StartAsync(
            database, new TestClock(DateTimeOffset.UtcNow), settings: new Dictionary<string, string?> { ["Database:MigrateAtStartup"] = "false" }));
        Assert.Equal(RunMigrateFirst, error.Message);
    }

    private static async Task<string> RegistryFileAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), $"registry-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(path,
            "personal_number,first_name,last_name,father_name,date_of_birth,sex,municipality,status\n" +
            "4100000001,Drita,Hyseni,,1988-03-04,F,Ferizaj,active\n");
        return path;
    }

    private static async Task<int> RegistryCountAsync(TestDatabase database)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(database.Configuration()).Build();
        await using var services = new ServiceCollection().AddElectionsDatabase(configuration, Path.GetTempPath()).BuildServiceProvider();
        await using var db = await services.GetRequiredService<ElectionsDbFactory>().CreateAsync();
        return await db.RegistryEntries.CountAsync();
    }
}

public sealed class UnmigratedDatabaseTestsOnSqlite() : UnmigratedDatabaseTests(DatabaseProvider.Sqlite);

public sealed class UnmigratedDatabaseTestsOnPostgres() : UnmigratedDatabaseTests(DatabaseProvider.Postgres);
