using System.Diagnostics;
using KosovoElections.Benchmarks.BackOffice;
using KosovoElections.IntegrationTests.Fixtures;

namespace KosovoElections.Benchmarks.Common;

/// <summary>A series of calls timed one by one after untimed warm-up calls, with the CPU of the app and of PostgreSQL per timed call.</summary>
internal static class TimedCalls
{
    public static async Task<(Latencies Latencies, string Cpu)> TimeAsync(int warmup, int iterations, PostgresServer server, Func<int, Task> call)
    {
        var latencies = new Latencies();
        CpuPerCall? meter = null;
        for (var i = 0; i < warmup + iterations; i++)
        {
            meter ??= i == warmup ? new CpuPerCall(server) : null;
            var begun = Stopwatch.GetTimestamp();
            await call(i);
            if (i >= warmup)
            {
                latencies.RecordSince(begun);
            }
        }

        var (app, database) = meter!.Since(iterations);
        return (latencies, $"app {app:F1} + PostgreSQL {database:F1} ms");
    }
}
