using KosovoElections.Infrastructure.Images;
using KosovoElections.Infrastructure.Images.Native;

namespace KosovoElections.IntegrationTests.Images;

/// <summary>
/// Pictures made in code so that no binary fixture is committed. <see cref="Camera"/> looks to an encoder like a phone
/// photo of a document: lit gradients, a card with text-like strokes, hard edges and sensor noise.
/// </summary>
public static class SyntheticPhoto
{
    /// <summary>The colour of one pixel; channels outside 0–255 are clamped.</summary>
    public delegate (int R, int G, int B) Painter(int x, int y);

    public static byte[] Encode(int width, int height, Painter paint, int quality = 90)
    {
        using var bitmap = new PixelBuffer(width, height, 3);
        var pixels = bitmap.Pixels;
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var (r, g, b) = paint(x, y);
                var i = ((y * width) + x) * 3;
                (pixels[i], pixels[i + 1], pixels[i + 2]) = (Clamp(r), Clamp(g), Clamp(b));
            }
        }

        using var handle = TurboJpegHandle.Create();
        return TurboJpeg.Compress(handle, bitmap, quality);
    }

    public static byte[] Camera(int width, int height, int seed = 1, int quality = 90, int noise = 10)
    {
        var random = new Random(seed);
        var grain = new sbyte[4096];
        for (var i = 0; i < grain.Length; i++)
        {
            grain[i] = (sbyte)random.Next(-noise, noise + 1);
        }

        // Lines of "text" on the card: a 100 × 100 grid of ink.
        var ink = new bool[100 * 100];
        for (var line = 8; line < 92; line += 6)
        {
            for (var column = random.Next(2, 10); column < 95; column += random.Next(2, 6))
            {
                ink[(line * 100) + column] = ink[((line + 1) * 100) + column] = true;
            }
        }

        var hue = random.Next(0, 60);
        return Encode(width, height, (x, y) =>
        {
            double u = (double)x / width, v = (double)y / height;
            var light = 120 + (80 * u) - (50 * v) + (20 * Math.Sin((u * 7) + (v * 3)));
            var (r, g, b) = (light + hue, light, light - 30);
            if (u is > 0.2 and < 0.8 && v is > 0.25 and < 0.75)
            {
                (r, g, b) = (225 - (20 * v), 220 - (15 * u), 200);
                var row = (int)((v - 0.25) / 0.5 * 100);
                var column = (int)((u - 0.2) / 0.6 * 100);
                if (ink[(row * 100) + column])
                {
                    (r, g, b) = (30, 30, 50);
                }
            }

            var n = grain[((y * 131) + (x * 31) + (x * y)) & 4095];
            return ((int)r + n, (int)g + n, (int)b + n);
        }, quality);
    }

    /// <summary>A 13 × 11 patchwork of random colours with grain: something in every part of the picture.</summary>
    public static byte[] Mosaic(int width, int height, int seed, int quality)
    {
        var random = new Random(seed);
        var patches = Enumerable.Range(0, 13 * 11).Select(_ => (random.Next(256), random.Next(256), random.Next(256))).ToArray();
        return Encode(width, height, (x, y) =>
        {
            var (r, g, b) = patches[(y * 11 / height * 13) + (x * 13 / width)];
            var grain = ((x * 7) + (y * 13)) % 9 - 4;
            return (r + grain, g + grain, b + grain);
        }, quality);
    }

    private static byte Clamp(int value) => (byte)Math.Clamp(value, 0, 255);
}
