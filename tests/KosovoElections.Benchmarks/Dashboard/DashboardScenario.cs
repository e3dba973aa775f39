using System.Diagnostics;
using KosovoElections.Application.Administration.Elections;
using KosovoElections.Application.Common;
using KosovoElections.Application.Staff.Sessions;
using KosovoElections.Application.Statistics.Dashboard;
using KosovoElections.Benchmarks.BackOffice;
using KosovoElections.Benchmarks.Common;
using KosovoElections.Domain.Staff;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace KosovoElections.Benchmarks.Dashboard;

/// <summary>
/// The dashboard's queries (issue 14: under 200 ms together) on PostgreSQL with the back office's 100,000 sent
/// applications and an audit log of about a million rows: <see cref="GetDashboard"/> called as the page calls it, timed
/// server-side, against a primary-key read of one application through the same factory in the same run.
/// </summary>
internal static class DashboardScenario
{
    private const int Reviewers = 8;

    public static async Task RunAsync(DashboardOptions options)
    {
        Console.WriteLine($"Dashboard: {options.Rows:N0} applications, {options.AuditPerApplication} audit rows each besides the decisions, " +
            $"{options.Warmup} warm-up + {options.Iterations} timed calls; {Environment.ProcessorCount} cores, load average {MachineLoad.Averages()}");
        var server = PostgresServer.Instance;
        var database = ScratchDatabase.Create(server, "dashboard");
        try
        {
            await MeasureAsync(options, server, server.ConnectionString(database));
        }
        finally
        {
            await ScratchDatabase.DropAsync(server, database);
        }
    }

    private static async Task MeasureAsync(DashboardOptions options, PostgresServer server, string connectionString)
    {
        await using var app = await ElectionsServices.StartAsync(DatabaseProvider.Postgres, connectionString, OperatorSettings.WithRandomKeys());
        using (var registry = SyntheticRegistryFile.Write(options.Rows, DateOnly.FromDateTime(DateTime.UtcNow)))
        {
            await app.ImportAsync(registry.Path);
        }

        // Opened 31 days ago, so the seed's month of applications lies inside it and the rates cover three whole days.
        var electionId = await BenchmarkElection.OpenAsync(app.Get<CreateElection>(), openedAgo: TimeSpan.FromDays(31));
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var seeding = Stopwatch.StartNew();
        var reviewers = await BackOfficeSeed.SeedAsync(dataSource, app.Get<ElectionsDbFactory>(), electionId, options.Rows, Reviewers);
        await DashboardAuditSeed.SeedAsync(dataSource, reviewers, options.AuditPerApplication);
        Console.WriteLine($"  seeded in {seeding.Elapsed.TotalSeconds:F1} s: {await ScalarAsync(dataSource, "SELECT count(*) FROM audit_events"):N0} audit rows");

        Console.WriteLine($"  figures kept: {await ScalarAsync(dataSource, "SELECT count(*) FROM figure_counts")} counts, {await ScalarAsync(dataSource, "SELECT count(*) FROM figure_hours")} hours");

        var factory = app.Get<IElectionsDbFactory>();
        List<Guid> ids;
        await using (var db = await factory.OpenAsync())
        {
            ids = await db.Applications.AsNoTracking().Select(a => a.Id).Take(1_000).ToListAsync();
        }

        var dashboard = app.Get<GetDashboard>();
        var supervisor = new StaffIdentity("benchmark", Guid.NewGuid(), "supervisor@cec.example", StaffRole.Supervisor, false);

        var load = MachineLoad.Now();
        var (baseline, baselineCpu) = await TimedCalls.TimeAsync(options.Warmup, options.Iterations, server, async i =>
        {
            await using var one = await factory.OpenAsync();
            _ = await one.Applications.AsNoTracking().FirstAsync(a => a.Id == ids[i % ids.Count]);
        });
        DashboardResult? last = null;
        var (figures, figuresCpu) = await TimedCalls.TimeAsync(options.Warmup, options.Iterations, server, async _ => last = await dashboard.HandleAsync(supervisor));
        var busy = MachineLoad.Now().BusySince(load);

        var shown = last!.Figures!;
        Console.WriteLine($"  figures: {shown.Daily.Count} days, {shown.ByCountry.Count} countries, {shown.ByMunicipality.Count} municipalities, " +
            $"{shown.DecisionsToday.Count} reviewers today ({shown.DecisionsToday.Sum(r => r.Total)} decisions), backlog {shown.Backlog.Now:N0}, " +
            $"{shown.Backlog.Arrivals:N0} arrivals and {shown.Backlog.Decisions:N0} decisions in the window, {shown.Backlog.AtDeadline:N0} projected at the deadline");
        Console.WriteLine($"  machine {busy:P0} busy, load average {MachineLoad.Averages()}");
        Console.WriteLine("  | call | p50 ms | p95 ms | p99 ms | p50 / baseline | p95 / baseline | target | CPU per call |");
        Console.WriteLine($"  | baseline: one application by primary key | {baseline.Percentile(0.5):F2} | {baseline.Percentile(0.95):F2} | {baseline.Percentile(0.99):F2} | 1.0x | 1.0x | – | {baselineCpu} |");
        var verdict = figures.Percentile(0.95) < 200 ? "met" : "MISSED";
        Console.WriteLine($"  | dashboard (GetDashboard, every query) | {figures.Percentile(0.5):F2} | {figures.Percentile(0.95):F2} | {figures.Percentile(0.99):F2} | " +
            $"{figures.Percentile(0.5) / baseline.Percentile(0.5):F1}x | {figures.Percentile(0.95) / baseline.Percentile(0.95):F1}x | < 200 ms: {verdict} | {figuresCpu} |");
        await PlansAsync(dataSource, electionId);
    }

    private static async Task<long> ScalarAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The plans of the heaviest queries, as EF Core writes them, so a missed target can be traced.</summary>
    private static async Task PlansAsync(NpgsqlDataSource dataSource, Guid electionId)
    {
        const string Decisions = "a0.\"Action\" IN ('application.approved', 'application.rejected', 'application.rejection-proposed', 'application.rejection-confirmed', 'application.correction-requested')";
        (string Name, string Sql)[] statements =
        [
            ("decisions today per reviewer and hour", $"SELECT a0.\"Actor\", date_trunc('day', a0.\"OccurredAt\"), date_part('hour', a0.\"OccurredAt\"), count(*) FROM audit_events AS a0 " +
                $"INNER JOIN applications AS a ON a0.\"ApplicationId\" = a.\"Id\" WHERE a.\"ElectionId\" = '{electionId}' AND a0.\"ActorKind\" = 'Staff' AND {Decisions} " +
                "AND a0.\"OccurredAt\" >= date_trunc('day', now()) GROUP BY 1, 2, 3"),
            ("the kept counts", $"SELECT f.\"Figure\", f.\"Key\", f.\"Count\" FROM figure_counts AS f WHERE f.\"ElectionId\" = '{electionId}' AND f.\"Count\" > 0"),
            ("the kept hours", $"SELECT f.\"Figure\", f.\"Key\", f.\"Hour\", f.\"Count\" FROM figure_hours AS f WHERE f.\"ElectionId\" = '{electionId}' AND f.\"Count\" > 0"),
        ];
        foreach (var (name, sql) in statements)
        {
            Console.WriteLine($"  EXPLAIN ANALYZE {name}:");
            await using var command = dataSource.CreateCommand($"EXPLAIN (ANALYZE, BUFFERS) {sql}");
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                Console.WriteLine($"    {reader.GetString(0)}");
            }
        }
    }
}
