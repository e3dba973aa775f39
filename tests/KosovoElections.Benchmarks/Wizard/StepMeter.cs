using System.Diagnostics;
using KosovoElections.Benchmarks.Common;
using KosovoElections.IntegrationTests.Fixtures;

namespace KosovoElections.Benchmarks.Wizard;

/// <summary>
/// Wall time of each step of the applications it watches and, when given the cluster (for applications run one at a
/// time only), the CPU of this process and of PostgreSQL during the step. The cluster's CPU is read from /proc before
/// the process's at the start and after it at the end, so the reading itself is not counted as the app's.
/// </summary>
internal sealed class StepMeter(PostgresServer? server)
{
    private readonly Dictionary<string, (Latencies Wall, TimeSpan App, TimeSpan Database)> _steps = [];
    private readonly List<string> _order = [];
    private readonly Lock _gate = new();

    public IReadOnlyList<string> Steps => _order;

    public async Task<T> TimeAsync<T>(string step, Func<Task<T>> action)
    {
        var database = server is null ? TimeSpan.Zero : PostgresCpu.Of(server);
        var app = server is null ? TimeSpan.Zero : Environment.CpuUsage.TotalTime;
        var started = Stopwatch.GetTimestamp();
        var result = await action();
        var wall = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (server is not null)
        {
            app = Environment.CpuUsage.TotalTime - app;
            database = PostgresCpu.Of(server) - database;
        }

        lock (_gate)
        {
            if (!_steps.TryGetValue(step, out var sums))
            {
                _order.Add(step);
                sums = (new Latencies(), TimeSpan.Zero, TimeSpan.Zero);
            }

            sums.Wall.Record(wall);
            _steps[step] = (sums.Wall, sums.App + app, sums.Database + database);
        }

        return result;
    }

    public (Latencies Wall, TimeSpan App, TimeSpan Database) Of(string step)
    {
        lock (_gate)
        {
            return _steps[step];
        }
    }
}
