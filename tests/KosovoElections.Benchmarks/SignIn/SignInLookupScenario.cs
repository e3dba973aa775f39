using KosovoElections.Application.Administration.Elections;
using KosovoElections.Application.Common;
using KosovoElections.Application.Registration.SignIn;
using KosovoElections.Benchmarks.Common;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace KosovoElections.Benchmarks.SignIn;

/// <summary>
/// The sign-in against a full registry on PostgreSQL: (a) a bare primary-key SELECT by Npgsql, (b) the use case's
/// registry lookup through EF Core and (c) the whole SignInApplicant, padding off, interleaved in one run; then (c)
/// from concurrent callers for throughput.
/// </summary>
internal static class SignInLookupScenario
{
    public static async Task RunAsync(SignInLookupOptions options)
    {
        Console.WriteLine($"Sign-in lookup: {options.Rows:N0} rows, {options.Attempts:N0} attempts after {options.Warmup:N0} warm-up rounds, {Environment.ProcessorCount} cores");
        var server = PostgresServer.Instance;
        var database = ScratchDatabase.Create(server, "signin");
        try
        {
            await MeasureAsync(options, server.ConnectionString(database));
        }
        finally
        {
            await ScratchDatabase.DropAsync(server, database);
        }
    }

    private static async Task MeasureAsync(SignInLookupOptions options, string connectionString)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var statements = new StatementTimings();

        // The padding to a fixed response time is deliberate and would hide everything else, so it is switched off.
        await using var app = await ElectionsServices.StartAsync(
            DatabaseProvider.Postgres,
            connectionString,
            new Dictionary<string, string?> { [$"{SignInOptions.Section}:{nameof(SignInOptions.MinimumResponseTime)}"] = "00:00:00" },
            services => services.AddSingleton<IInterceptor>(statements));
        using (var registry = SyntheticRegistryFile.Write(options.Rows, today))
        {
            var import = await app.ImportAsync(registry.Path);
            Console.WriteLine($"  imported {import.RowsImported:N0} people in {import.Stages["total"].TotalSeconds:F1} s");
        }

        await BenchmarkElection.OpenAsync(app.Get<CreateElection>());
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var rounds = options.Warmup + options.Attempts;
        var concurrent = options.Callers > 0 ? options.Attempts : 0;
        var sample = await SignInMix.SampleAsync(dataSource, (2 * rounds) + rounds + concurrent);
        var lookupNumbers = sample.Take(2 * rounds).Select(p => p.PersonalNumber).ToList();
        var mix = new SignInMix(sample.Skip(2 * rounds).ToList(), seed: 7);

        var probes = new SignInProbes(new BareLookup(dataSource), new RegistryLookup(app.Get<IElectionsDbFactory>()), app.Get<SignInApplicant>(), statements);
        for (var round = 0; round < rounds; round++)
        {
            if (round == options.Warmup)
            {
                GC.Collect();
            }

            await probes.RoundAsync(round, lookupNumbers[2 * round], lookupNumbers[(2 * round) + 1], mix.Next(), record: round >= options.Warmup);
        }

        SignInReport.Sequential(probes, statements);
        if (concurrent > 0)
        {
            var commands = Enumerable.Range(0, concurrent).Select(_ => mix.Next()).ToList();
            var latencies = new Latencies();
            var (perSecond, errors) = await probes.ConcurrentAsync(commands, options.Callers, latencies);
            SignInReport.Concurrent(options.Callers, perSecond, errors, latencies, statements);
        }
    }
}
