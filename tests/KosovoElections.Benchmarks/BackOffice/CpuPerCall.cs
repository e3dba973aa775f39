using KosovoElections.Benchmarks.Common;
using KosovoElections.IntegrationTests.Fixtures;

namespace KosovoElections.Benchmarks.BackOffice;

/// <summary>
/// CPU of this process and of the PostgreSQL cluster over a series of calls, per call: on a machine that other
/// builders keep busy, waiting for a core inflates the wall times, not this.
/// </summary>
internal sealed class CpuPerCall(PostgresServer server)
{
    private TimeSpan _app = Environment.CpuUsage.TotalTime;
    private TimeSpan _database = PostgresCpu.Of(server);

    public (double App, double Database) Since(int calls)
    {
        var (app, database) = (Environment.CpuUsage.TotalTime, PostgresCpu.Of(server));
        var perCall = ((app - _app).TotalMilliseconds / calls, (database - _database).TotalMilliseconds / calls);
        (_app, _database) = (app, database);
        return perCall;
    }
}
