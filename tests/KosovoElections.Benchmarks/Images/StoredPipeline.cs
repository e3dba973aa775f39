using System.Diagnostics;
using KosovoElections.Application.Documents;
using KosovoElections.Benchmarks.Common;
using KosovoElections.IntegrationTests.Fixtures;

namespace KosovoElections.Benchmarks.Images;

/// <summary>
/// What the server does with the image of one capture: <see cref="IImageProcessor.Process"/>, then the stored image
/// and the thumbnail saved through the app's <see cref="IDocumentStore"/> (encrypted rows in PostgreSQL).
/// </summary>
internal sealed class StoredPipeline(IImageProcessor processor, IDocumentStore store, PostgresServer server, byte[] file)
{
    /// <param name="allocationTarget">The pipeline's managed allocation target: 2 × file + the 1/4-scale bitmap.</param>
    public async Task SequentialAsync(int iterations, TimeSpan baseline, long allocationTarget)
    {
        await MeasureAsync(iterations);
        var (cpu, user, database, wall, pipelineAllocated, totalAllocated) = await MeasureAsync(iterations);
        Console.WriteLine($"  pipeline + real store, CPU per image: {Ms(cpu)} (user {Ms(user)}, sys {Ms(cpu - user)}), ratio to baseline {cpu / baseline:F2}x (target < 1.0x); " +
            $"PostgreSQL's CPU on top {Ms(database)}, ratio with it {(cpu + database) / baseline:F2}x");
        Console.WriteLine($"  pipeline + real store, wall per image: mean {wall.Total / wall.Count:F2} ms; {wall.Describe()}");
        Console.WriteLine($"  managed allocation per image: pipeline median {Kb(pipelineAllocated[pipelineAllocated.Length / 2])} max {Kb(pipelineAllocated[^1])} " +
            $"(target < {Kb(allocationTarget)}); " +
            $"with the store median {Kb(totalAllocated[totalAllocated.Length / 2])} max {Kb(totalAllocated[^1])}");
    }

    public async Task ConcurrentAsync(int workers, int perWorker)
    {
        var failures = 0;
        var cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
        var databaseStart = PostgresCpu.Of(server);
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < perWorker; i++)
            {
                try
                {
                    await StoreOneAsync();
                }
                catch (Exception e) when (e is InvalidOperationException or Microsoft.EntityFrameworkCore.DbUpdateException or Npgsql.NpgsqlException)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        })));
        var elapsed = Stopwatch.GetElapsedTime(started);
        var images = perWorker * workers;
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuStart) / images;
        Console.WriteLine($"  pipeline + real store, {workers} at once: {images} images in {elapsed.TotalSeconds:F2} s = {images / elapsed.TotalSeconds:F1} images/s, " +
            $"CPU per image {Ms(cpu)} + PostgreSQL {Ms((PostgresCpu.Of(server) - databaseStart) / images)}, failures {failures}");
    }

    private async Task<(TimeSpan Cpu, TimeSpan User, TimeSpan Database, Latencies Wall, long[] PipelineAllocated, long[] TotalAllocated)> MeasureAsync(int iterations)
    {
        var wall = new Latencies();
        var pipelineAllocated = new long[iterations];
        var totalAllocated = new long[iterations];
        var databaseStart = PostgresCpu.Of(server);
        var start = Process.GetCurrentProcess().TotalProcessorTime;
        var userStart = Process.GetCurrentProcess().UserProcessorTime;
        for (var i = 0; i < iterations; i++)
        {
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var started = Stopwatch.GetTimestamp();
            pipelineAllocated[i] = await StoreOneAsync();
            wall.RecordSince(started);
            totalAllocated[i] = GC.GetTotalAllocatedBytes(precise: true) - before;
        }

        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - start) / iterations;
        var user = (Process.GetCurrentProcess().UserProcessorTime - userStart) / iterations;
        var database = (PostgresCpu.Of(server) - databaseStart) / iterations;
        Array.Sort(pipelineAllocated);
        Array.Sort(totalAllocated);
        return (cpu, user, database, wall, pipelineAllocated, totalAllocated);
    }

    /// <summary>One image through the pipeline and into the store; returns the pipeline's own managed allocation.</summary>
    private async Task<long> StoreOneAsync()
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var outcome = processor.Process(file);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        var image = outcome.Image ?? throw new InvalidOperationException($"refused: {outcome.Problem}");
        await store.SaveAsync(image.Jpeg);
        await store.SaveAsync(image.Thumbnail);
        return allocated;
    }

    internal static string Ms(TimeSpan time) => $"{time.TotalMilliseconds:F2} ms";

    internal static string Kb(long bytes) => $"{bytes / 1024.0:F0} KB";
}
