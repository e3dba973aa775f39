using KosovoElections.Application.Documents;
using KosovoElections.Benchmarks.Common;
using KosovoElections.Infrastructure.Documents;
using KosovoElections.Infrastructure.Images;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.Extensions.Logging.Abstractions;

namespace KosovoElections.Benchmarks.Images;

/// <summary>
/// One 2,048 px camera-like JPEG (EXIF orientation 6 with GPS) through libjpeg-turbo's command-line tools and, in the
/// same run, through the app's pipeline and its real encrypted document store on a throwaway PostgreSQL (CPU and wall
/// time per image, managed allocation, where the CPU goes, a concurrent run), then through the whole capture use case.
/// </summary>
internal static class ImagePipelineScenario
{
    public static async Task RunAsync(ImagePipelineOptions options)
    {
        if (!new TurboJpegImageProcessor(NullLogger<TurboJpegImageProcessor>.Instance).IsAvailable)
        {
            throw new InvalidOperationException("libturbojpeg.so.0 is missing: apt-get install -y libturbojpeg0 libjpeg-turbo-progs");
        }

        var work = Directory.CreateTempSubdirectory("ke-images-");
        var server = PostgresServer.Instance;
        var database = ScratchDatabase.Create(server, "images");
        try
        {
            var file = CameraJpeg.Make(seed: 3);
            var input = Path.Combine(work.FullName, "camera.jpg");
            File.WriteAllBytes(input, file);
            Console.WriteLine($"Image pipeline: {CameraJpeg.Width} × {CameraJpeg.Height} camera-like JPEG, {file.Length / 1024.0:F0} KB, EXIF orientation 6 + GPS; {Environment.ProcessorCount} cores");
            Console.WriteLine($"  glibc malloc: {ResidentMemory.MallocSettings()}");

            CommandLineBaseline.Run(input, work.FullName);
            var baseline = Enumerable.Range(0, options.BaselineRuns).Select(_ => CommandLineBaseline.Run(input, work.FullName)).Order().ToArray();
            var baselineMedian = baseline[baseline.Length / 2];
            Console.WriteLine($"  baseline (jpegtran + djpeg | cjpeg), CPU per image: median {StoredPipeline.Ms(baselineMedian)}, " +
                $"min {StoredPipeline.Ms(baseline[0])}, max {StoredPipeline.Ms(baseline[^1])} (n={baseline.Length})");

            await using var app = await ElectionsServices.StartAsync(DatabaseProvider.Postgres, server.ConnectionString(database), OperatorSettings.WithRandomKeys());
            var pipeline = new StoredPipeline(app.Get<IImageProcessor>(), app.Get<IDocumentStore>(), server, file);
            await pipeline.SequentialAsync(options.Iterations, baselineMedian, (2L * file.Length) + ((CameraJpeg.Width + 3) / 4 * ((CameraJpeg.Height + 3) / 4) * 3));
            foreach (var (stage, perImage) in StageCosts.Measure(file, app.Get<DocumentEnvelope>(), options.Iterations))
            {
                Console.WriteLine($"    {stage,-55} {StoredPipeline.Ms(perImage)}");
            }

            Console.WriteLine($"  after the images one at a time: {ResidentMemory.Describe()}");
            await pipeline.ConcurrentAsync(options.Concurrent, Math.Max(1, options.Iterations / 4));
            Console.WriteLine($"  after {options.Concurrent} at once: {ResidentMemory.Describe()}");
            await new CaptureScenario(app, server, file).RunAsync(app, options);
        }
        finally
        {
            work.Delete(recursive: true);
            await ScratchDatabase.DropAsync(server, database);
        }
    }
}
