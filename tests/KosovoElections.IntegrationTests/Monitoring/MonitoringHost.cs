using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;

namespace KosovoElections.IntegrationTests.Monitoring;

/// <summary>
/// The host behind a proxy on loopback (so a test plays clients at any address through X-Forwarded-For), whose
/// metrics only <see cref="ScraperNetwork"/> may read, whose sign-in surge warning fires at
/// <see cref="SurgeThreshold"/> failures a minute, and whose log is in a file the tests read.
/// </summary>
public abstract class MonitoringHost(DatabaseProvider provider) : IAsyncLifetime
{
    public const string ScraperNetwork = "198.51.100.0/24";
    public const int SurgeThreshold = 5;

    public TestHost Host { get; private set; } = default!;

    public TestClock Clock => Host.Clock;

    public string LogFolder { get; } = Path.Combine(Path.GetTempPath(), "ke-monitoring-logs-" + Guid.NewGuid().ToString("N")[..8]);

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Logging:File"] = Path.Combine(LogFolder, "host-.log"),
            ["Network:KnownProxies:0"] = "127.0.0.1",
            ["Metrics:AllowedNetworks:0"] = ScraperNetwork,
            ["Alerts:Window"] = "00:01:00",
            ["Alerts:SignInFailures"] = SurgeThreshold.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        Host = await TestHost.StartAsync(TestDatabase.Create(provider, "monitoring"), new TestClock(SignInSeed.Opens.AddDays(10)), settings: settings);
        await SignInSeed.SeedAsync(Host);
    }

    /// <summary>Everything the host has logged so far (the file is shared with the writer, which keeps it open).</summary>
    public async Task<string> LogAsync()
    {
        var text = new System.Text.StringBuilder();
        foreach (var log in Directory.GetFiles(LogFolder))
        {
            using var reader = new StreamReader(new FileStream(log, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
            text.Append(await reader.ReadToEndAsync());
        }

        return text.ToString();
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

public sealed class SqliteMonitoringHost() : MonitoringHost(DatabaseProvider.Sqlite);

public sealed class PostgresMonitoringHost() : MonitoringHost(DatabaseProvider.Postgres);
