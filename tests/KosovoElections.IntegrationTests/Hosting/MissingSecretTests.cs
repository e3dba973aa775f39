using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;

namespace KosovoElections.IntegrationTests.Hosting;

/// <summary>A secret or setting the installation needs is missing: one line saying which and how to fix it, a non-zero exit, no stack trace.</summary>
public sealed class MissingSecretTests
{
    [Theory]
    [InlineData("DataProtection__MasterKey", "DataProtection:MasterKey is not set: generate one with `openssl rand -base64 32` and set it in the environment.")]
    [InlineData("Documents__MasterKeys__0__Key", "Documents:MasterKeys is not set")]
    public async Task Start_ProductionWithoutASecret_PrintsOneLineAndExitsNonZero(string missing, string message)
    {
        var environment = new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DataProtection__MasterKey"] = TestHost.TestMasterKey,
            ["Documents__MasterKeys__0__Id"] = "test-1",
            ["Documents__MasterKeys__0__Key"] = TestHost.TestMasterKey,
        };
        environment.Remove(missing);
        if (missing.StartsWith("Documents", StringComparison.Ordinal))
        {
            environment.Remove("Documents__MasterKeys__0__Id");
        }

        var (code, output, error) = await WebExecutable.RunAsync(TestDatabase.Create(DatabaseProvider.Sqlite, "nosecret"), environment);

        Assert.Equal(1, code);
        Assert.StartsWith(message, error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Trim());
        Assert.DoesNotContain("Exception", output + error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Command_PostgresWithoutConnectionString_PrintsOneLineAndExitsNonZero()
    {
        var (code, output, error) = await WebExecutable.RunAsync(new TestDatabase(DatabaseProvider.Postgres, string.Empty), null, "audit", "verify");

        Assert.Equal(1, code);
        Assert.Equal("Database:Provider is Postgres but ConnectionStrings:Default is not set.", error.Trim());
        Assert.DoesNotContain("   at ", output + error, StringComparison.Ordinal);
    }
}
