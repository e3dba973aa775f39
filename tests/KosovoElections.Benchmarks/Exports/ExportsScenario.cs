using System.Diagnostics;
using KosovoElections.Application.Exports;
using KosovoElections.Application.Staff.Sessions;
using KosovoElections.Application.Statistics;
using KosovoElections.Benchmarks.Common;
using KosovoElections.Domain.Staff;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using Npgsql;

namespace KosovoElections.Benchmarks.Exports;

/// <summary>
/// The approved-voters export (issue 14) on PostgreSQL at each size: time to the last byte and the peak of the managed
/// heap while it streams into a stream that only counts, which should stay flat from a thousand voters to a hundred
/// thousand; then the public statistics, counted once and then served from the minute's cache.
/// </summary>
internal static class ExportsScenario
{
    private static readonly StaffIdentity Admin = new("benchmark", Guid.NewGuid(), "admin@cec.example", StaffRole.Admin, false);

    public static async Task RunAsync(ExportsOptions options)
    {
        Console.WriteLine($"Exports: {string.Join(", ", options.Sizes.Select(s => s.ToString("N0")))} approved voters, {options.Repeat} exports each; " +
            $"{Environment.ProcessorCount} cores, load average {MachineLoad.Averages()}, server GC {System.Runtime.GCSettings.IsServerGC}");
        var server = PostgresServer.Instance;
        var database = ScratchDatabase.Create(server, "exports");
        try
        {
            await MeasureAsync(options, server.ConnectionString(database));
        }
        finally
        {
            await ScratchDatabase.DropAsync(server, database);
        }
    }

    private static async Task MeasureAsync(ExportsOptions options, string connectionString)
    {
        await using var app = await ElectionsServices.StartAsync(DatabaseProvider.Postgres, connectionString, OperatorSettings.WithRandomKeys());
        using (var registry = SyntheticRegistryFile.Write(options.Sizes[^1], DateOnly.FromDateTime(DateTime.UtcNow)))
        {
            await app.ImportAsync(registry.Path);
        }

        var electionId = await BenchmarkElection.OpenAsync(app.Get<Application.Administration.Elections.CreateElection>());
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var export = app.Get<ExportApprovedVoters>();
        var seeded = 0;
        Console.WriteLine($"  | {"approved voters",15} | {"median s",8} | {"max s",6} | {"rows/s",9} | {"file MB",7} | {"peak managed above baseline",27} | {"held after a GC",15} | {"gen0 GCs",8} |");
        foreach (var size in options.Sizes)
        {
            await ApprovedSeed.AddAsync(dataSource, electionId, seeded, size);
            seeded = size;
            var times = new List<double>();
            long bytes = 0, peak = 0, held = 0;
            var collections = 0;
            for (var i = 0; i < options.Repeat + (size == options.Sizes[0] ? 1 : 0); i++)
            {
                var output = new CountingStream();
                var memory = ManagedMemoryPeak.Start();
                var started = Stopwatch.GetTimestamp();
                var result = await export.HandleAsync(new ExportApprovedVotersCommand(Admin, null));
                await result.File!.WriteAsync(output, CancellationToken.None);
                var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
                await memory.DisposeAsync();
                if (size == options.Sizes[0] && i == 0)
                {
                    continue;
                }

                times.Add(elapsed);
                bytes = output.Length;
                peak = Math.Max(peak, memory.Result.AboveBaseline);
                held = Math.Max(held, memory.Result.HeldAfterCollection);
                collections = Math.Max(collections, memory.Result.Collections);
            }

            times.Sort();
            Console.WriteLine($"  | {size,15:N0} | {times[times.Count / 2],8:F2} | {times[^1],6:F2} | {size / times[times.Count / 2],9:N0} | {bytes / 1048576.0,7:F1} | " +
                $"{peak / 1048576.0,24:F1} MB | {held / 1048576.0,12:F1} MB | {collections,8} |");
        }

        await MeasureStatisticsAsync(app.Get<GetPublicStatistics>(), options);
    }

    /// <summary>The public figures over the largest size: the one call a minute that counts, then calls served from the cache.</summary>
    private static async Task MeasureStatisticsAsync(GetPublicStatistics statistics, ExportsOptions options)
    {
        var started = Stopwatch.GetTimestamp();
        _ = await statistics.HandleAsync() ?? throw new InvalidOperationException("No figures.");
        var counting = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var cached = new Latencies();
        for (var i = 0; i < options.StatisticsCalls; i++)
        {
            var begun = Stopwatch.GetTimestamp();
            _ = await statistics.HandleAsync();
            cached.RecordSince(begun);
        }

        Console.WriteLine($"  public statistics: counted in {counting:F0} ms; from the cache {cached.Describe()}");
    }

    /// <summary>A response body that keeps nothing: the bytes are counted and dropped.</summary>
    private sealed class CountingStream : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => Position;

        public override long Position { get; set; }

        public override void Write(byte[] buffer, int offset, int count) => Position += count;

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Position += buffer.Length;
            return ValueTask.CompletedTask;
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
