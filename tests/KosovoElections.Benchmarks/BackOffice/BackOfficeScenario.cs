using System.Diagnostics;
using KosovoElections.Application.Administration.Elections;
using KosovoElections.Application.Common;
using KosovoElections.Application.Review.Queue;
using KosovoElections.Application.Staff.Sessions;
using KosovoElections.Benchmarks.Common;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Elections;
using KosovoElections.Domain.Staff;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace KosovoElections.Benchmarks.BackOffice;

/// <summary>
/// The back office's figures (issue 13) on PostgreSQL with 100,000 sent applications: each use case called as the
/// pages call it, timed server-side, against a primary-key read of one application through the same factory in the
/// same run; then "Review next" with several reviewers at once.
/// </summary>
internal static class BackOfficeScenario
{
    public static async Task RunAsync(BackOfficeOptions options)
    {
        Console.WriteLine($"Back office: {options.Rows:N0} applications, {options.Warmup} warm-up + {options.Iterations} timed calls each, then " +
            $"{options.Reviewers} reviewers x {options.Rounds}; {Environment.ProcessorCount} cores, load average {MachineLoad.Averages()}");
        var server = PostgresServer.Instance;
        var database = ScratchDatabase.Create(server, "backoffice");
        try
        {
            await MeasureAsync(options, server, server.ConnectionString(database));
        }
        finally
        {
            await ScratchDatabase.DropAsync(server, database);
        }
    }

    private static async Task MeasureAsync(BackOfficeOptions options, PostgresServer server, string connectionString)
    {
        await using var app = await ElectionsServices.StartAsync(DatabaseProvider.Postgres, connectionString, OperatorSettings.WithRandomKeys());
        using (var registry = SyntheticRegistryFile.Write(options.Rows, DateOnly.FromDateTime(DateTime.UtcNow)))
        {
            await app.ImportAsync(registry.Path);
        }

        var electionId = await BenchmarkElection.OpenAsync(app.Get<CreateElection>());
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var seeding = Stopwatch.StartNew();
        var staffIds = await BackOfficeSeed.SeedAsync(dataSource, app.Get<ElectionsDbFactory>(), electionId, options.Rows, options.Reviewers + 1);
        Console.WriteLine($"  seeded in {seeding.Elapsed.TotalSeconds:F1} s (then VACUUM ANALYZE, as autovacuum would have): {await CountsAsync(dataSource)}");
        var reviewers = staffIds.Select((id, i) => new StaffIdentity($"benchmark-{i}", id, $"reviewer{i + 1}@cec.example", StaffRole.Reviewer, false)).ToList();

        var factory = app.Get<IElectionsDbFactory>();
        var ids = await SampleAsync(dataSource, 1_000);
        var queue = app.Get<GetReviewQueue>();
        var load = MachineLoad.Now();
        var results = new List<(string Name, Latencies Latencies, double Target, string Cpu)>();
        var (latencies, cpu) = await TimeAsync(options, server, async i =>
        {
            await using var db = await factory.OpenAsync();
            _ = await db.Applications.AsNoTracking().FirstAsync(a => a.Id == ids[i % ids.Count]);
        });
        results.Add(("baseline: one application by primary key", latencies, double.NaN, cpu));
        (latencies, cpu) = await TimeAsync(options, server, async _ => Check(await queue.HandleAsync(new ReviewQueueQuery(reviewers[0]))));
        results.Add(("queue, first page with counts (no filter)", latencies, 50, cpu));
        (latencies, cpu) = await TimeAsync(options, server, async _ =>
            Check(await queue.HandleAsync(new ReviewQueueQuery(reviewers[0], ApplicationStatus.Submitted, "DE", ReturnMethod: ReturnMethod.PostalAbroad))));
        results.Add(("queue, first page: waiting, DE, postal abroad", latencies, 50, cpu));

        // The counts are kept for a few seconds and forgotten by every claim and decision (decision record 0012): the
        // same two pages again with the counts read anew on every call, as after a colleague's decision.
        var counts = app.Get<QueueCounts>();
        (latencies, cpu) = await TimeAsync(options, server, async _ =>
        {
            counts.StatusChanged();
            Check(await queue.HandleAsync(new ReviewQueueQuery(reviewers[0])));
        });
        results.Add(("queue, first page, counts read anew (no filter)", latencies, 50, cpu));
        (latencies, cpu) = await TimeAsync(options, server, async _ =>
        {
            counts.StatusChanged();
            Check(await queue.HandleAsync(new ReviewQueueQuery(reviewers[0], ApplicationStatus.Submitted, "DE", ReturnMethod: ReturnMethod.PostalAbroad)));
        });
        results.Add(("queue, first page, counts read anew: waiting, DE, postal abroad", latencies, 50, cpu));

        var desk = new ReviewDesk(app);
        var alone = new DeskLatencies();
        CpuPerCall? meter = null;
        for (var i = 0; i < options.Warmup + options.Iterations; i++)
        {
            meter ??= i == options.Warmup ? new CpuPerCall(server) : null;
            await desk.ReviewOneAsync(reviewers[0], i < options.Warmup ? null : alone);
        }

        var desk1 = Cpu(meter!.Since(options.Iterations)) + " (claim + screen + approval)";
        results.Add(("review next (claim)", alone.Claim, 50, desk1));
        results.Add(("review screen's data (no images)", alone.Screen, 30, desk1));
        results.Add(("decision: approve (transaction, outbox, audit)", alone.Decision, 20, desk1));
        var aloneBusy = MachineLoad.Now().BusySince(load);

        load = MachineLoad.Now();
        var together = new DeskLatencies();
        var started = Stopwatch.GetTimestamp();
        meter = new CpuPerCall(server);
        await Task.WhenAll(reviewers.Skip(1).Select(r => Task.Run(async () =>
        {
            for (var i = 0; i < options.Rounds; i++)
            {
                await desk.ReviewOneAsync(r, together);
            }
        })));
        var elapsed = Stopwatch.GetElapsedTime(started);
        var desk8 = Cpu(meter.Since(together.Decision.Count)) + " (claim + screen + approval)";
        results.Add(($"review next, {options.Reviewers} reviewers at once", together.Claim, 50, desk8));
        results.Add(($"decision, {options.Reviewers} reviewers at once", together.Decision, 20, desk8));
        Report(results, aloneBusy);
        Console.WriteLine($"  {options.Reviewers} reviewers: {together.Decision.Count} approvals in {elapsed.TotalSeconds:F1} s, machine {MachineLoad.Now().BusySince(load):P0} busy, " +
            $"load average {MachineLoad.Averages()}; afterwards {await CountsAsync(dataSource)}");
        await QueryPlans.PrintAsync(dataSource);
    }

    private static Task<(Latencies Latencies, string Cpu)> TimeAsync(BackOfficeOptions options, PostgresServer server, Func<int, Task> call) =>
        TimedCalls.TimeAsync(options.Warmup, options.Iterations, server, call);

    private static string Cpu((double App, double Database) perCall) => $"app {perCall.App:F1} + PostgreSQL {perCall.Database:F1} ms";

    private static void Check<T>(Outcome<T> outcome)
    {
        if (!outcome.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", outcome.Errors));
        }
    }

    private static void Report(List<(string Name, Latencies Latencies, double Target, string Cpu)> results, double busy)
    {
        var baseline = results[0].Latencies;
        Console.WriteLine($"  machine {busy:P0} busy during the single-reviewer measurements");
        Console.WriteLine($"  | {"use case",-48} | p50 ms | p95 ms | p99 ms | p50 / baseline | p95 / baseline | p95 target | CPU per call |");
        foreach (var (name, l, target, cpu) in results)
        {
            var verdict = double.IsNaN(target) ? "–" : $"< {target} ms: {(l.Percentile(0.95) < target ? "met" : "MISSED")}";
            Console.WriteLine($"  | {name,-48} | {l.Percentile(0.5),6:F2} | {l.Percentile(0.95),6:F2} | {l.Percentile(0.99),6:F2} | " +
                $"{l.Percentile(0.5) / baseline.Percentile(0.5),13:F1}x | {l.Percentile(0.95) / baseline.Percentile(0.95),13:F1}x | {verdict} | {cpu} |");
        }
    }

    private static async Task<List<Guid>> SampleAsync(NpgsqlDataSource dataSource, int count)
    {
        await using var command = dataSource.CreateCommand($"SELECT \"Id\" FROM applications ORDER BY random() LIMIT {count}");
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<Guid>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids;
    }

    private static async Task<string> CountsAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT string_agg(\"Status\" || ' ' || c, ', ' ORDER BY c DESC) FROM (SELECT \"Status\", count(*) AS c FROM applications GROUP BY 1) s");
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
