using KosovoElections.IntegrationTests.Images;

namespace KosovoElections.Benchmarks.Images;

/// <summary>
/// A 2,048 × 1,536 camera-like JPEG as a phone uploads it: <see cref="SyntheticPhoto.Camera"/> at quality 90 with an
/// EXIF block holding orientation 6 (held upright) and a GPS IFD. Different seeds give different pictures.
/// </summary>
internal static class CameraJpeg
{
    public const int Width = 2048;
    public const int Height = 1536;

    public static byte[] Make(int seed) =>
        JpegSegments.InsertAfterSoi(SyntheticPhoto.Camera(Width, Height, seed, noise: 2), JpegSegments.Exif(6, withGps: true));
}
