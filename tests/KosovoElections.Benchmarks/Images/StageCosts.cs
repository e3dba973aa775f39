using System.Diagnostics;
using System.Security.Cryptography;
using KosovoElections.Infrastructure.Documents;
using KosovoElections.Infrastructure.Images;
using KosovoElections.Infrastructure.Images.Native;

namespace KosovoElections.Benchmarks.Images;

/// <summary>
/// Where the pipeline's CPU goes: each step of <see cref="TurboJpegImageProcessor"/> repeated on its own for the
/// camera file (orientation 6), through the same internal calls, timed by the process's CPU time.
/// </summary>
internal static class StageCosts
{
    public static IReadOnlyList<(string Stage, TimeSpan PerImage)> Measure(byte[] file, DocumentEnvelope envelope, int repeat)
    {
        const int options = TurboJpegNative.TransformCopyNone | TurboJpegNative.TransformTrim;
        var upright = Orientation.TransformOp(6);
        using var handle = TurboJpegHandle.Create();
        var stored = TurboJpeg.Transform(handle, file, upright, options);
        var (width, height) = TurboJpeg.ReadSize(handle, stored);
        using var reduced = TurboJpeg.Decompress(handle, stored, (width + 3) / 4, (height + 3) / 4, 3);
        using var thumbnail = BilinearScaler.Resize(reduced, width * 400 / height, 400);
        var thumbnailJpeg = TurboJpeg.Compress(handle, thumbnail, 80);

        return
        [
            ("marker walk and EXIF orientation", Cost(repeat, () => JpegLayout.Walk(file))),
            ("lossless rewrite (tjTransform ROT90, COPYNONE, TRIM)", Cost(repeat, () => TurboJpeg.Transform(handle, file, upright, options))),
            ("decode at 1/4 scale to RGB", Cost(repeat, () => TurboJpeg.Decompress(handle, stored, reduced.Width, reduced.Height, 3).Dispose())),
            ("bilinear resize to 400 px", Cost(repeat, () => BilinearScaler.Resize(reduced, thumbnail.Width, thumbnail.Height).Dispose())),
            ("brightness, Laplacian variance, dHash", Cost(repeat, () => ImageMeasures.Of(thumbnail))),
            ("thumbnail encode (quality 80)", Cost(repeat, () => TurboJpeg.Compress(handle, thumbnail, 80))),
            ("SHA-256 of the stored image", Cost(repeat, () => SHA256.HashData(stored))),
            ("store's envelope encryption of image and thumbnail", Cost(repeat, () =>
            {
                envelope.Seal(stored, "db:stage-image");
                envelope.Seal(thumbnailJpeg, "db:stage-thumbnail");
            })),
        ];
    }

    private static TimeSpan Cost(int repeat, Action step)
    {
        step();
        var start = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < repeat; i++)
        {
            step();
        }

        return (Process.GetCurrentProcess().TotalProcessorTime - start) / repeat;
    }
}
