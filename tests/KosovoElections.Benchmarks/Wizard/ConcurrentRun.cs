using System.Diagnostics;
using KosovoElections.Benchmarks.Common;
using KosovoElections.Benchmarks.SignIn;
using KosovoElections.IntegrationTests.Fixtures;

namespace KosovoElections.Benchmarks.Wizard;

internal sealed record ConcurrentResult(int Completed, int Failures, TimeSpan Elapsed, Latencies Latencies, TimeSpan App, TimeSpan Database, double MachineBusy, StepMeter Meter);

/// <summary>
/// <see cref="ApplicationOptions.Concurrent"/> simulated applicants, each starting its next application as soon as its
/// last one is done, until <see cref="ApplicationOptions.Applications"/> have started or the time limit has passed.
/// </summary>
internal sealed class ConcurrentRun(ApplicantJourney journey, IReadOnlyList<RegisteredPerson> people, int firstPerson, ApplicationOptions options)
{
    private readonly Latencies _latencies = new();
    private readonly StepMeter _meter = new(null);
    private int _started;
    private int _completed;
    private int _failures;

    public async Task<ConcurrentResult> RunAsync(PostgresServer server)
    {
        var (load, cpu, postgres) = (MachineLoad.Now(), Environment.CpuUsage.TotalTime, PostgresCpu.Of(server));
        var started = Stopwatch.GetTimestamp();
        var deadline = started + (long)(options.MaxMinutes * 60 * Stopwatch.Frequency);
        await Task.WhenAll(Enumerable.Range(0, options.Concurrent).Select(_ => Task.Run(() => ApplicantAsync(deadline))));
        var elapsed = Stopwatch.GetElapsedTime(started);
        var app = Environment.CpuUsage.TotalTime - cpu;
        return new ConcurrentResult(_completed, _failures, elapsed, _latencies, app, PostgresCpu.Of(server) - postgres, MachineLoad.Now().BusySince(load), _meter);
    }

    private async Task ApplicantAsync(long deadline)
    {
        while (Stopwatch.GetTimestamp() < deadline && Interlocked.Increment(ref _started) is var number && number <= options.Applications)
        {
            var index = firstPerson + number - 1;
            var begun = Stopwatch.GetTimestamp();
            try
            {
                await journey.RunAsync(people[index], index, _meter);
                _latencies.RecordSince(begun);
                Interlocked.Increment(ref _completed);
            }
            catch (Exception e) when (e is InvalidOperationException or TimeoutException or Microsoft.EntityFrameworkCore.DbUpdateException or Npgsql.NpgsqlException)
            {
                if (Interlocked.Increment(ref _failures) <= 5)
                {
                    Console.Error.WriteLine($"    application {index} failed: {e.GetType().Name}: {e.Message}");
                }
            }
        }
    }
}
