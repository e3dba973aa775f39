using System.Diagnostics;
using KosovoElections.Application.Documents;
using KosovoElections.Infrastructure.Images;
using KosovoElections.IntegrationTests.Images;
using Microsoft.Extensions.Logging.Abstractions;

namespace KosovoElections.Benchmarks.Images;

/// <summary>
/// One 2,048 px camera-like JPEG (EXIF orientation 6 with GPS) through libjpeg-turbo's command-line tools and through
/// the app's whole in-process pipeline (validate, rewrite, thumbnail, hashes, measures, encrypt), in CPU time per
/// image; then managed allocation per image and a concurrent run.
/// </summary>
internal static class ImagePipelineScenario
{
    public static void Run(ImagePipelineOptions options)
    {
        var processor = new TurboJpegImageProcessor(NullLogger<TurboJpegImageProcessor>.Instance);
        if (!processor.IsAvailable)
        {
            throw new InvalidOperationException("libturbojpeg.so.0 is missing: apt-get install -y libturbojpeg0 libjpeg-turbo-progs");
        }

        var work = Directory.CreateTempSubdirectory("ke-images-");
        try
        {
            var file = JpegSegments.InsertAfterSoi(SyntheticPhoto.Camera(2048, 1536, seed: 3, noise: 2), JpegSegments.Exif(6, withGps: true));
            var input = Path.Combine(work.FullName, "camera.jpg");
            File.WriteAllBytes(input, file);
            Console.WriteLine($"Image pipeline: 2048 × 1536 camera-like JPEG, {file.Length / 1024.0:F0} KB, EXIF orientation 6 + GPS; {Environment.ProcessorCount} cores");
            Console.WriteLine($"  glibc malloc: MALLOC_MMAP_THRESHOLD_={Environment.GetEnvironmentVariable("MALLOC_MMAP_THRESHOLD_") ?? "default"}, " +
                $"MALLOC_TRIM_THRESHOLD_={Environment.GetEnvironmentVariable("MALLOC_TRIM_THRESHOLD_") ?? "default"}");

            CommandLineBaseline.Run(input, work.FullName);
            var baseline = Enumerable.Range(0, options.BaselineRuns).Select(_ => CommandLineBaseline.Run(input, work.FullName)).Order().ToArray();
            var baselineMedian = baseline[baseline.Length / 2];
            Console.WriteLine($"  baseline (jpegtran + djpeg | cjpeg), CPU per image: median {Ms(baselineMedian)}, min {Ms(baseline[0])}, max {Ms(baseline[^1])} (n={baseline.Length})");

            using var store = new EnvelopeEncryption();
            Sequential(processor, store, file, options.Iterations);
            var (cpu, user, allocated, reducedBytes, storedLength) = Sequential(processor, store, file, options.Iterations);
            var allocationTarget = (2L * file.Length) + reducedBytes;
            Console.WriteLine($"  pipeline, CPU per image: {Ms(cpu)} (user {Ms(user)}, sys {Ms(cpu - user)}), ratio to baseline {cpu / baselineMedian:F2}x (target < 1.0x)");
            Console.WriteLine($"  managed allocation per image: median {Kb(allocated[allocated.Length / 2])}, max {Kb(allocated[^1])} " +
                $"(target < 2 × file + 1/4-scale bitmap = {Kb(allocationTarget)}); stored {Kb(storedLength)}");

            foreach (var (stage, perImage) in StageCosts.Measure(file, store, options.Iterations))
            {
                Console.WriteLine($"    {stage,-55} {Ms(perImage)}");
            }

            Concurrent(processor, store, file, options);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static (TimeSpan Cpu, TimeSpan User, long[] Allocated, long ReducedBytes, int StoredLength) Sequential(
        TurboJpegImageProcessor processor, EnvelopeEncryption store, byte[] file, int iterations)
    {
        var allocated = new long[iterations];
        ProcessedImage? last = null;
        var start = Process.GetCurrentProcess().TotalProcessorTime;
        var userStart = Process.GetCurrentProcess().UserProcessorTime;
        for (var i = 0; i < iterations; i++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            last = StoreOne(processor, store, file);
            allocated[i] = GC.GetAllocatedBytesForCurrentThread() - before;
        }

        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - start) / iterations;
        var user = (Process.GetCurrentProcess().UserProcessorTime - userStart) / iterations;
        Array.Sort(allocated);
        var reducedBytes = (long)((last!.Facts.Width + 3) / 4) * ((last.Facts.Height + 3) / 4) * 3;
        return (cpu, user, allocated, reducedBytes, last.Jpeg.Length);
    }

    private static void Concurrent(TurboJpegImageProcessor processor, EnvelopeEncryption store, byte[] file, ImagePipelineOptions options)
    {
        var perWorker = Math.Max(1, options.Iterations / 4);
        var failures = 0;
        var cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
        var started = Stopwatch.GetTimestamp();
        var workers = Enumerable.Range(0, options.Concurrent).Select(_ => new Thread(() =>
        {
            for (var i = 0; i < perWorker; i++)
            {
                try
                {
                    StoreOne(processor, store, file);
                }
                catch (InvalidOperationException)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());
        var elapsed = Stopwatch.GetElapsedTime(started);
        var images = perWorker * options.Concurrent;
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuStart) / images;
        Console.WriteLine($"  {options.Concurrent} at once: {images} images in {elapsed.TotalSeconds:F2} s = {images / elapsed.TotalSeconds:F1} images/s, " +
            $"CPU per image {Ms(cpu)}, failures {failures}");
    }

    /// <summary>What the server does with one capture: the pipeline, then the stored image and thumbnail sealed.</summary>
    private static ProcessedImage StoreOne(TurboJpegImageProcessor processor, EnvelopeEncryption store, byte[] file)
    {
        var outcome = processor.Process(file);
        var image = outcome.Image ?? throw new InvalidOperationException($"refused: {outcome.Problem}");
        store.Seal(image.Jpeg);
        store.Seal(image.Thumbnail);
        return image;
    }

    private static string Ms(TimeSpan time) => $"{time.TotalMilliseconds:F2} ms";

    private static string Kb(long bytes) => $"{bytes / 1024.0:F0} KB";
}
