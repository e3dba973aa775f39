using System.Diagnostics;
using KosovoElections.Benchmarks.Common;
using KosovoElections.Infrastructure.Images;
using Microsoft.Extensions.Logging.Abstractions;

namespace KosovoElections.Benchmarks.Images;

/// <summary>
/// The same 2,048 px camera JPEG (EXIF orientation 6 + GPS) through libjpeg-turbo's command-line tools (the baseline
/// of the image section), the app's <see cref="TurboJpegImageProcessor"/> and SixLabors.ImageSharp 2.1
/// (<see cref="ImageSharpPipeline"/>), in rounds that rotate which goes first; CPU per image by the process's (or the
/// tools') CPU time, each round's ratios against that round's baseline. No database: the image work alone.
/// </summary>
internal static class ImageLibrariesScenario
{
    public static void Run(ImageLibrariesOptions options)
    {
        var processor = new TurboJpegImageProcessor(NullLogger<TurboJpegImageProcessor>.Instance);
        if (!processor.IsAvailable)
        {
            throw new InvalidOperationException("libturbojpeg.so.0 is missing: apt-get install -y libturbojpeg0 libjpeg-turbo-progs");
        }

        var work = Directory.CreateTempSubdirectory("ke-image-libraries-");
        try
        {
            var file = CameraJpeg.Make(seed: 3);
            var input = Path.Combine(work.FullName, "camera.jpg");
            File.WriteAllBytes(input, file);
            var machine = MachineLoad.Now();
            Console.WriteLine($"Image libraries: {CameraJpeg.Width} × {CameraJpeg.Height} camera-like JPEG, {file.Length / 1024.0:F0} KB, EXIF orientation 6 + GPS; " +
                $"{options.Rounds} rounds of {options.Iterations} images, {options.BaselineRuns} baseline runs each; {Environment.ProcessorCount} cores, load average {MachineLoad.Averages()}");

            var app = processor.Process(file).Image ?? throw new InvalidOperationException("the app refused the camera file");
            var sharp = ImageSharpPipeline.Process(file);
            Console.WriteLine($"  app (TurboJPEG): stored {Kb(app.Jpeg.Length)} (lossless rewrite), thumbnail {Kb(app.Thumbnail.Length)}");
            Console.WriteLine($"  ImageSharp 2.1: stored {sharp.Stored.Width} × {sharp.Stored.Height} {Kb(sharp.Jpeg.Length)} (re-encoded, quality 90), " +
                $"thumbnail {sharp.Small.Width} × {sharp.Small.Height} {Kb(sharp.Thumbnail.Length)}");

            (string Name, Action Once)[] libraries =
            [
                ("app (TurboJpegImageProcessor)", () => processor.Process(file)),
                ("ImageSharp 2.1.13", () => ImageSharpPipeline.Process(file)),
            ];
            foreach (var (_, once) in libraries)
            {
                for (var i = 0; i < 5; i++)
                {
                    once();
                }
            }

            CommandLineBaseline.Run(input, work.FullName);
            var baselines = new List<TimeSpan>();
            var cpu = libraries.Select(_ => new List<TimeSpan>()).ToArray();
            var wall = libraries.Select(_ => new List<TimeSpan>()).ToArray();
            var allocated = libraries.Select(_ => new List<long>()).ToArray();
            for (var round = 0; round < options.Rounds; round++)
            {
                // Rotate the order: baseline, app, ImageSharp; then app, ImageSharp, baseline; ...
                for (var step = 0; step < 3; step++)
                {
                    var which = (step + round) % 3;
                    if (which == 0)
                    {
                        var runs = Enumerable.Range(0, options.BaselineRuns).Select(_ => CommandLineBaseline.Run(input, work.FullName)).Order().ToArray();
                        baselines.Add(runs[runs.Length / 2]);
                        continue;
                    }

                    var (perImage, perImageWall, bytes) = Measure(libraries[which - 1].Once, options.Iterations);
                    cpu[which - 1].Add(perImage);
                    wall[which - 1].Add(perImageWall);
                    allocated[which - 1].Add(bytes);
                }

                Console.WriteLine($"  round {round + 1}: baseline {Ms(baselines[^1])}, " +
                    string.Join(", ", libraries.Select((l, i) => $"{l.Name} {Ms(cpu[i][^1])} = {cpu[i][^1] / baselines[^1]:F2}x")) +
                    $"; ImageSharp / app {cpu[1][^1] / cpu[0][^1]:F2}x; load average {MachineLoad.Averages()}");
            }

            Console.WriteLine();
            Console.WriteLine($"Medians (min–max) of {options.Rounds} rounds; machine {MachineLoad.Now().BusySince(machine):P0} busy, load average {MachineLoad.Averages()}:");
            Console.WriteLine($"  baseline (jpegtran + djpeg -scale 1/4 | cjpeg), CPU per image   {Spread(baselines)}");
            for (var i = 0; i < libraries.Length; i++)
            {
                var ratios = cpu[i].Select((c, r) => c / baselines[r]).Order().ToArray();
                Console.WriteLine($"  {libraries[i].Name}: CPU per image {Spread(cpu[i])}, wall {Spread(wall[i])}, " +
                    $"ratio to the round's baseline {ratios[ratios.Length / 2]:F2}x ({ratios[0]:F2}–{ratios[^1]:F2}), " +
                    $"managed allocation per image {Kb(allocated[i].Order().ElementAt(allocated[i].Count / 2))}");
            }

            var between = cpu[1].Select((c, r) => c / cpu[0][r]).Order().ToArray();
            Console.WriteLine($"  ImageSharp / app, CPU per image, same round: {between[between.Length / 2]:F2}x ({between[0]:F2}–{between[^1]:F2})");
            Console.WriteLine($"  ImageSharp 2.1.13, CPU per image of the pipeline's first steps ({options.Iterations} each):");
            foreach (var (stage, once) in ImageSharpPipeline.Prefixes(file))
            {
                once();
                Console.WriteLine($"    {stage,-50} {Ms(Measure(once, options.Iterations).Cpu)}");
            }
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static (TimeSpan Cpu, TimeSpan Wall, long Allocated) Measure(Action once, int iterations)
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var start = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < iterations; i++)
        {
            once();
        }

        return ((Process.GetCurrentProcess().TotalProcessorTime - start) / iterations, clock.Elapsed / iterations,
            (GC.GetTotalAllocatedBytes(precise: true) - allocated) / iterations);
    }

    private static string Spread(List<TimeSpan> times)
    {
        var sorted = times.Order().ToArray();
        return $"{Ms(sorted[sorted.Length / 2])} ({sorted[0].TotalMilliseconds:F1}–{sorted[^1].TotalMilliseconds:F1})";
    }

    private static string Ms(TimeSpan time) => StoredPipeline.Ms(time);

    private static string Kb(long bytes) => StoredPipeline.Kb(bytes);
}
