using System.Diagnostics;
using System.Globalization;
using KosovoElections.Application.Administration.Elections;
using KosovoElections.Benchmarks.Common;
using KosovoElections.Benchmarks.Exports;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.Infrastructure.Persistence.Figures;
using KosovoElections.IntegrationTests.Fixtures;
using Npgsql;

namespace KosovoElections.Benchmarks.Statistics;

/// <param name="Voters">Approved voters in the election whose figures are published.</param>
/// <param name="Requests">Requests timed per address, after as many again as a warm-up.</param>
public sealed record StatisticsHttpOptions(int Voters, int Requests)
{
    public static StatisticsHttpOptions Parse(string[] args)
    {
        var options = new StatisticsHttpOptions(100_000, 2_000);
        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--voters" => options with { Voters = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--requests" => options with { Requests = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }

        return options;
    }
}

/// <summary>
/// The public statistics over HTTP (issue 14: served from the cache under 5 ms p95): the real web host, built in
/// Release, started as its own process in Production on PostgreSQL with <see cref="StatisticsHttpOptions.Voters"/>
/// approved voters, asked by one client on a kept-alive connection as a journalist's script would: the page, its CSV
/// and its JSON, each beside the baseline of the same run, the host's liveness answer (the whole pipeline, no work
/// behind it). Requests alternate between the addresses so that a slower moment of the machine falls on all alike.
/// </summary>
internal static class StatisticsHttpScenario
{
    private static readonly (string Name, string Path)[] Addresses =
    [
        ("baseline: /health/live", "/health/live"),
        ("/statistics (page, sq)", "/statistics?culture=sq"),
        ("/statistics.csv", "/statistics.csv"),
        ("/statistics.json", "/statistics.json"),
    ];

    public static async Task RunAsync(StatisticsHttpOptions options)
    {
        Console.WriteLine($"Public statistics over HTTP: {options.Voters:N0} approved voters, {options.Requests:N0} requests per address; " +
            $"{Environment.ProcessorCount} cores, load average {MachineLoad.Averages()}");
        var server = PostgresServer.Instance;
        var database = ScratchDatabase.Create(server, "statistics");
        try
        {
            var settings = OperatorSettings.WithRandomKeys();
            settings["Database:Provider"] = nameof(DatabaseProvider.Postgres);
            settings["ConnectionStrings:Default"] = server.ConnectionString(database);
            await SeedAsync(settings, options.Voters);
            using var host = await WebHostProcess.StartAsync(settings);
            await MeasureAsync(host.BaseUrl, options);
        }
        finally
        {
            await ScratchDatabase.DropAsync(server, database);
        }
    }

    private static async Task MeasureAsync(string baseUrl, StatisticsHttpOptions options)
    {
        using var client = new HttpClient { BaseAddress = new Uri(baseUrl) };
        var counted = Stopwatch.GetTimestamp();
        await GetAsync(client, Addresses[1].Path);
        Console.WriteLine($"  first page (counts the figures): {Stopwatch.GetElapsedTime(counted).TotalMilliseconds:F0} ms");

        var latencies = Addresses.Select(_ => new Latencies()).ToArray();
        for (var round = 0; round < options.Requests * 2; round++)
        {
            for (var a = 0; a < Addresses.Length; a++)
            {
                var started = Stopwatch.GetTimestamp();
                var bytes = await GetAsync(client, Addresses[a].Path);
                if (round >= options.Requests)
                {
                    latencies[a].RecordSince(started);
                }
                else if (round == 0)
                {
                    Console.WriteLine($"  {Addresses[a].Name}: {bytes:N0} bytes");
                }
            }
        }

        var baseline = latencies[0].Percentile(0.95);
        foreach (var (address, measured) in Addresses.Zip(latencies))
        {
            Console.WriteLine($"  {address.Name,-26} {measured.Describe()}  p95 = {measured.Percentile(0.95) / baseline:F1} × baseline");
        }
    }

    private static async Task<long> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, HttpCompletionOption.ResponseContentRead);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadAsByteArrayAsync()).LongLength;
    }

    private static async Task SeedAsync(Dictionary<string, string?> settings, int voters)
    {
        await using var app = await ElectionsServices.StartAsync(DatabaseProvider.Postgres, settings["ConnectionStrings:Default"]!, settings);
        using (var registry = SyntheticRegistryFile.Write(voters, DateOnly.FromDateTime(DateTime.UtcNow)))
        {
            await app.ImportAsync(registry.Path);
        }

        var electionId = await BenchmarkElection.OpenAsync(app.Get<CreateElection>());
        await using var dataSource = NpgsqlDataSource.Create(settings["ConnectionStrings:Default"]!);
        await ApprovedSeed.AddAsync(dataSource, electionId, 0, voters);

        // Written around the saves that keep the figures the page shows (docs/decisions/0020): counted once.
        await using var db = await app.Get<ElectionsDbFactory>().CreateAsync();
        await FigureRecount.RecountAsync(db, electionId);
    }
}
