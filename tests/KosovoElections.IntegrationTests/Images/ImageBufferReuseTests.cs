using System.Globalization;
using KosovoElections.Infrastructure.Images;
using Microsoft.Extensions.Logging.Abstractions;

namespace KosovoElections.IntegrationTests.Images;

/// <summary>
/// libjpeg's ~20 MB of coefficient arrays per 2,048 px photo stay in the process from one image to the next instead
/// of going back to the kernel and being faulted in again, about 5,000 pages per image with glibc's defaults. Counted
/// as the calling thread's page faults (Process runs on it from start to end), not timed.
/// </summary>
public sealed class ImageBufferReuseTests
{
    /// <summary>A quarter of what faulting libjpeg's buffers in costs; the pipeline's own first touches are far fewer.</summary>
    private const long MaxFaultsPerImage = 1024;

    [Fact]
    public void Process_CameraPhotosOneAfterAnotherOnAThread_DoNotFaultLibjpegsBuffersInAgain()
    {
        var processor = new TurboJpegImageProcessor(NullLogger<TurboJpegImageProcessor>.Instance);
        var photo = JpegSegments.InsertAfterSoi(SyntheticPhoto.Camera(2048, 1536), JpegSegments.Exif(6));
        Assert.NotNull(processor.Process(photo).Image);

        // The fewest of three, so that a garbage collection run by this thread inside one call cannot decide it.
        var faults = Enumerable.Range(0, 3).Min(_ =>
        {
            var before = FaultsOfThisThread();
            Assert.NotNull(processor.Process(photo).Image);
            return FaultsOfThisThread() - before;
        });

        Assert.InRange(faults, 0, MaxFaultsPerImage);
    }

    /// <summary>minflt, the tenth field of /proc/thread-self/stat (the eighth after the command name's closing parenthesis).</summary>
    private static long FaultsOfThisThread()
    {
        var stat = File.ReadAllText("/proc/thread-self/stat");
        return long.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[7], CultureInfo.InvariantCulture);
    }
}
