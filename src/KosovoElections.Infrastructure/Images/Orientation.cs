namespace KosovoElections.Infrastructure.Images;

/// <summary>The eight EXIF orientations: the TurboJPEG operation that shows the picture upright, and the same in pixels.</summary>
internal static class Orientation
{
    /// <summary>TJXOP_* for orientations 1–8: none, hflip, rot180, vflip, transpose, rot90, transverse, rot270.</summary>
    private static readonly int[] TransformOps = [0, 0, 1, 6, 2, 3, 5, 4, 7];

    public static int TransformOp(int orientation) => TransformOps[orientation];

    public static bool SwapsAxes(int orientation) => orientation >= 5;

    /// <summary>Turns a decoded bitmap upright; only the re-encoding fallback needs this, tjTransform does it otherwise.</summary>
    public static PixelBuffer Apply(PixelBuffer source, int orientation)
    {
        int w = source.Width, h = source.Height, channels = source.Channels;
        var upright = SwapsAxes(orientation) ? new PixelBuffer(h, w, channels) : new PixelBuffer(w, h, channels);
        var from = source.Pixels;
        var to = upright.Pixels;
        for (var y = 0; y < upright.Height; y++)
        {
            for (var x = 0; x < upright.Width; x++)
            {
                var (sx, sy) = orientation switch
                {
                    2 => (w - 1 - x, y),
                    3 => (w - 1 - x, h - 1 - y),
                    4 => (x, h - 1 - y),
                    5 => (y, x),
                    6 => (y, h - 1 - x),
                    7 => (w - 1 - y, h - 1 - x),
                    8 => (w - 1 - y, x),
                    _ => (x, y),
                };
                from.Slice(((sy * w) + sx) * channels, channels).CopyTo(to[(((y * upright.Width) + x) * channels)..]);
            }
        }

        return upright;
    }
}
