using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;

namespace KosovoElections.IntegrationTests.Commands;

/// <summary>The built executable itself, as an operator runs it: configuration from the environment, exit codes.</summary>
public sealed class ExecutableTests
{
    [Fact]
    public async Task Migrate_ThenDemoSeed_OnAFreshSqliteFile_Succeed()
    {
        var database = Path.Combine(Path.GetTempPath(), $"ke-exe-{Guid.NewGuid():N}.db");
        var (migrate, migrateOutput) = await RunAsync(database, "migrate");
        Assert.Equal(0, migrate);
        Assert.Matches(@"Applied \d+ migration\(s\)", migrateOutput);

        var (again, againOutput) = await RunAsync(database, "migrate");
        Assert.Equal(0, again);
        Assert.Contains("up to date", againOutput, StringComparison.Ordinal);

        var (seed, seedOutput) = await RunAsync(database, "demo", "seed");
        Assert.Equal(0, seed);
        Assert.Contains("5000 people", seedOutput, StringComparison.Ordinal);
        Assert.Contains("1000000017", seedOutput, StringComparison.Ordinal);

        var (verify, verifyOutput) = await RunAsync(database, "audit", "verify");
        Assert.Equal(0, verify);
        Assert.Contains("intact", verifyOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadInput_ExitsNonZero()
    {
        var database = Path.Combine(Path.GetTempPath(), $"ke-exe-{Guid.NewGuid():N}.db");
        var (code, output) = await RunAsync(database, "election", "create", "--name", "X");
        Assert.Equal(2, code);
        Assert.Contains("--kind is required", output, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Output)> RunAsync(string database, params string[] args)
    {
        var (code, output, error) = await WebExecutable.RunAsync(new TestDatabase(DatabaseProvider.Sqlite, $"Data Source={database}"), null, args);
        return (code, output + error);
    }
}
