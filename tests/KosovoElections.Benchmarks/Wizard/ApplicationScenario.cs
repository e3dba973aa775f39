using KosovoElections.Application.Administration.Elections;
using KosovoElections.Application.Audit;
using KosovoElections.Application.Registration.SignIn;
using KosovoElections.Benchmarks.Common;
using KosovoElections.Benchmarks.Images;
using KosovoElections.Benchmarks.SignIn;
using KosovoElections.Infrastructure.Audit;
using KosovoElections.Infrastructure.Email;
using KosovoElections.Infrastructure.Email.Outbox;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace KosovoElections.Benchmarks.Wizard;

/// <summary>
/// Complete applications through the Application layer on PostgreSQL: a registry loaded, an election open, then each
/// simulated applicant runs every use case of the wizard with five camera photos. First applications one at a time,
/// step by step with CPU; then many applicants at once for throughput.
/// </summary>
internal static class ApplicationScenario
{
    public static async Task RunAsync(ApplicationOptions options)
    {
        Console.WriteLine($"Complete application: {options.Rows:N0}-person registry, {options.Warmup} warm-up + {options.Alone} alone, then {options.Applications} " +
            $"by {options.Concurrent} applicants at once; {Environment.ProcessorCount} cores, load average {MachineLoad.Averages()}; " +
            $"glibc malloc: {ResidentMemory.MallocSettings()}");
        var server = PostgresServer.Instance;
        var database = ScratchDatabase.Create(server, "application");
        try
        {
            await MeasureAsync(options, server, server.ConnectionString(database));
        }
        finally
        {
            await ScratchDatabase.DropAsync(server, database);
        }
    }

    private static async Task MeasureAsync(ApplicationOptions options, PostgresServer server, string connectionString)
    {
        // The sign-in's padding to a fixed response time is deliberate waiting, not work: switched off.
        var settings = OperatorSettings.WithRandomKeys();
        settings[$"{SignInOptions.Section}:{nameof(SignInOptions.MinimumResponseTime)}"] = "00:00:00";
        await using var app = await ElectionsServices.StartAsync(DatabaseProvider.Postgres, connectionString, settings, services =>
            services.AddSingleton<IAuditLog>(sp => new AuditWriterMeter(ActivatorUtilities.CreateInstance<DatabaseAuditLog>(sp))));
        using (var registry = SyntheticRegistryFile.Write(options.Rows, DateOnly.FromDateTime(DateTime.UtcNow)))
        {
            var import = await app.ImportAsync(registry.Path);
            Console.WriteLine($"  imported {import.RowsImported:N0} people in {import.Stages["total"].TotalSeconds:F1} s");
        }

        var electionId = await BenchmarkElection.OpenAsync(app.Get<CreateElection>());
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var people = await SignInMix.SampleAsync(dataSource, options.Warmup + options.Alone + options.Applications, activeOnly: true);
        var photos = Enumerable.Range(1, 5).Select(CameraJpeg.Make).ToList();
        Console.WriteLine($"  5 distinct camera photos, {string.Join(" / ", photos.Select(p => $"{p.Length / 1024.0:F0}"))} KB");

        var mail = new MailCatcher();
        var dispatcher = new OutboxDispatcher(app.Get<ElectionsDbFactory>(), mail, app.Get<IDataProtectionProvider>(), app.Get<TimeProvider>(),
            app.Get<EmailOptions>(), NullLogger<OutboxDispatcher>.Instance);
        await using var outbox = new OutboxPump(dispatcher);
        var journey = new ApplicantJourney(app, electionId, mail, outbox, photos);
        var next = 0;

        for (; next < options.Warmup; next++)
        {
            await journey.RunAsync(people[next], next, new StepMeter(null));
        }

        var alone = new StepMeter(server);
        var load = MachineLoad.Now();
        for (var i = 0; i < options.Alone; i++, next++)
        {
            await journey.RunAsync(people[next], next, alone);
        }

        Console.WriteLine($"  one at a time, {options.Alone} applications (machine {MachineLoad.Now().BusySince(load):P0} busy; the sums below leave out the /proc readings between steps):");
        ApplicationReport.Steps(alone, options.Alone, withCpu: true);

        var audit = (AuditWriterMeter)app.Get<IAuditLog>();
        var (appends, held) = (audit.Appends, audit.Held);
        var run = new ConcurrentRun(journey, people, next, options);
        var concurrent = await run.RunAsync(server);
        (appends, held) = (audit.Appends - appends, audit.Held - held);
        Console.WriteLine($"  {options.Concurrent} at once: {concurrent.Completed} complete applications in {concurrent.Elapsed.TotalSeconds:F1} s = " +
            $"{concurrent.Completed / concurrent.Elapsed.TotalMinutes:F0} per minute; failures {concurrent.Failures}; whole application {concurrent.Latencies.Describe()}");
        Console.WriteLine($"    CPU per application under load: app {concurrent.App.TotalMilliseconds / concurrent.Completed:F1} ms + PostgreSQL " +
            $"{concurrent.Database.TotalMilliseconds / concurrent.Completed:F1} ms; ours {(concurrent.App + concurrent.Database) / (concurrent.Elapsed * Environment.ProcessorCount):P0} " +
            $"of the cores, machine {concurrent.MachineBusy:P0} busy, load average {MachineLoad.Averages()}");
        Console.WriteLine($"    audit chain (one writer): {appends} appends, {appends / (double)concurrent.Completed:F1} per application, held {held.TotalMilliseconds / appends:F1} ms each " +
            $"= busy {held / concurrent.Elapsed:P0} of the run");
        ApplicationReport.Steps(concurrent.Meter, concurrent.Completed, withCpu: false);
        Console.WriteLine($"    after the concurrent run: {ResidentMemory.Describe()}");

        var alonePerApplication = alone.Steps.Aggregate(TimeSpan.Zero, (sum, s) => sum + alone.Of(s).App + alone.Of(s).Database) / options.Alone;
        var loadedPerApplication = (concurrent.App + concurrent.Database) / concurrent.Completed;
        Console.WriteLine($"  CPU ceiling, {Environment.ProcessorCount} cores: {Ceiling(alonePerApplication):F0} per minute at the CPU of an application alone " +
            $"({alonePerApplication.TotalMilliseconds:F0} ms), {Ceiling(loadedPerApplication):F0} at its CPU under load ({loadedPerApplication.TotalMilliseconds:F0} ms)");
        await ApplicationChecks.ReportAsync(app, mail, outbox, next + concurrent.Completed);
    }

    private static double Ceiling(TimeSpan cpuPerApplication) => Environment.ProcessorCount * 60_000 / cpuPerApplication.TotalMilliseconds;
}
