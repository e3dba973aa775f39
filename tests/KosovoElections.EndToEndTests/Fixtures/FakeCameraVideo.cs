namespace KosovoElections.EndToEndTests.Fixtures;

/// <summary>
/// Writes what Chromium's fake camera films (--use-file-for-fake-video-capture): a Y4M file, a text header and raw
/// YUV 4:2:0 frames. The picture is an ID card on a wooden desk, drawn here so that any machine can make it without
/// ffmpeg: a dark blue band at the top of the card, a face, lines of text, a machine-readable zone, sensor noise. Its
/// regions have colours a test can look for in the photo the server received (<see cref="Desk"/>, <see cref="Band"/>).
/// </summary>
public static class FakeCameraVideo
{
    public const int Width = 1280;
    public const int Height = 720;

    // The card is ID-1 (85.6 × 54 mm) scaled to 760 px wide, in the middle of the frame.
    private const int CardLeft = 260, CardTop = 120, CardWidth = 760, CardHeight = 480, CardRadius = 28, BandHeight = 70;

    /// <summary>A point on the desk, left of the card: brown.</summary>
    public static (int X, int Y) Desk => (CardLeft / 2, Height / 2);

    /// <summary>A point in the card's top band, clear of anything drawn on it: dark blue.</summary>
    public static (int X, int Y) Band => (CardLeft + CardWidth - 60, CardTop + (BandHeight / 2));

    public static void Write(string path)
    {
        var rgb = Draw();
        using var file = File.Create(path);
        file.Write("YUV4MPEG2 W1280 H720 F30:1 Ip A1:1 C420jpeg\nFRAME\n"u8);
        file.Write(ToYuv420(rgb));
    }

    private static byte[] Draw()
    {
        var random = new Random(2027);
        var rgb = new byte[Width * Height * 3];
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                var (r, g, b) = Pixel(x, y);
                var noise = random.Next(-6, 7);
                var i = ((y * Width) + x) * 3;
                rgb[i] = Clamp(r + noise);
                rgb[i + 1] = Clamp(g + noise);
                rgb[i + 2] = Clamp(b + noise);
            }
        }

        return rgb;
    }

    private static (double R, double G, double B) Pixel(int x, int y)
    {
        if (!OnCard(x, y))
        {
            // Wood: brown with a wavy grain, darker under the card's shadow.
            var grain = 18 * Math.Sin((x * 0.035) + (6 * Math.Sin(y * 0.012)));
            var shadow = OnCard(x - 12, y - 14) ? 0.6 : 1.0;
            return ((150 + grain) * shadow, (98 + (grain * 0.7)) * shadow, (58 + (grain * 0.4)) * shadow);
        }

        var cx = x - CardLeft;
        var cy = y - CardTop;
        if (cy < BandHeight)
        {
            // The issuer's band, with a row of light letters on its left.
            return cy is > 25 and < 45 && cx is > 30 and < 420 && cx % 22 < 14 ? (235, 235, 245) : (26, 54, 128);
        }

        if (cx is > 30 and < 230 && cy is > 100 and < 360)
        {
            return Portrait(cx - 130, cy - 230);
        }

        // Text lines (name, dates, numbers) as blocks of "letters" on the right; the machine-readable zone below.
        if (cx is > 260 and < 720 && cy is > 110 and < 340 && (cy - 110) % 46 < 18 && cx < 720 - ((cy / 46) % 3 * 90) && (cx / 9) % 5 != 4)
        {
            return (40, 40, 48);
        }

        if (cy is > 390 and < 460 && cx is > 30 and < 730 && (cy - 390) % 36 < 24 && cx % 19 < 13)
        {
            return (30, 30, 30);
        }

        // Pale blue-grey card with a light guilloche.
        var pattern = 8 * Math.Sin((cx * 0.09) + (cy * 0.05)) * Math.Sin(cy * 0.07);
        return (214 + pattern, 226 + pattern, 238 + pattern);
    }

    /// <summary>A face 200 × 260 px centred on (0, 0): hair, skin, eyes, mouth, on a light backdrop.</summary>
    private static (double R, double G, double B) Portrait(int x, int y)
    {
        static bool InEllipse(double x, double y, double cx, double cy, double rx, double ry) =>
            Math.Pow((x - cx) / rx, 2) + Math.Pow((y - cy) / ry, 2) <= 1;

        if (InEllipse(x, y, -35, -20, 14, 8) || InEllipse(x, y, 35, -20, 14, 8))
        {
            return (45, 35, 30);
        }

        if (InEllipse(x, y, 0, 55, 32, 10))
        {
            return (160, 70, 70);
        }

        if (InEllipse(x, y, 0, 5, 75, 100))
        {
            return y < -60 ? (60, 40, 25) : (222, 180, 150);
        }

        return InEllipse(x, y, 0, 150, 100, 70) ? (50, 60, 90) : (236, 236, 230);
    }

    private static bool OnCard(int x, int y)
    {
        var cx = Math.Clamp(x, CardLeft + CardRadius, CardLeft + CardWidth - CardRadius);
        var cy = Math.Clamp(y, CardTop + CardRadius, CardTop + CardHeight - CardRadius);
        return x >= CardLeft && x < CardLeft + CardWidth && y >= CardTop && y < CardTop + CardHeight
            && Math.Pow(x - cx, 2) + Math.Pow(y - cy, 2) <= CardRadius * CardRadius;
    }

    // BT.601 in studio range, the chroma planes averaged over 2 × 2 pixels.
    private static byte[] ToYuv420(byte[] rgb)
    {
        var yuv = new byte[Width * Height * 3 / 2];
        var u = Width * Height;
        var v = u + (Width * Height / 4);
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                var i = ((y * Width) + x) * 3;
                yuv[(y * Width) + x] = Clamp(16 + (((65.738 * rgb[i]) + (129.057 * rgb[i + 1]) + (25.064 * rgb[i + 2])) / 256));
            }
        }

        for (var y = 0; y < Height; y += 2)
        {
            for (var x = 0; x < Width; x += 2)
            {
                double r = 0, g = 0, b = 0;
                foreach (var (dx, dy) in new[] { (0, 0), (1, 0), (0, 1), (1, 1) })
                {
                    var i = (((y + dy) * Width) + x + dx) * 3;
                    (r, g, b) = (r + (rgb[i] / 4.0), g + (rgb[i + 1] / 4.0), b + (rgb[i + 2] / 4.0));
                }

                var chroma = ((y / 2) * (Width / 2)) + (x / 2);
                yuv[u + chroma] = Clamp(128 + (((-37.945 * r) - (74.494 * g) + (112.439 * b)) / 256));
                yuv[v + chroma] = Clamp(128 + (((112.439 * r) - (94.154 * g) - (18.285 * b)) / 256));
            }
        }

        return yuv;
    }

    private static byte Clamp(double value) => (byte)Math.Clamp(Math.Round(value), 0, 255);
}
