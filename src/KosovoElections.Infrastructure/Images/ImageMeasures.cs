namespace KosovoElections.Infrastructure.Images;

/// <summary>
/// What a reviewer's checks read from a picture, measured on its thumbnail-sized grey version so that a photo
/// measures the same whatever size it was taken at: mean brightness, sharpness and a perceptual hash.
/// </summary>
internal readonly record struct ImageMeasures(double Brightness, double Sharpness, long PerceptualHash)
{
    private const int HashColumns = 9;
    private const int HashRows = 8;

    public static ImageMeasures Of(PixelBuffer rgb)
    {
        using var grey = Luma(rgb);
        return new(Mean(grey), LaplacianVariance(grey), DifferenceHash(grey));
    }

    /// <summary>BT.601 luma, the "Y" a JPEG itself stores, in 8-bit fixed point.</summary>
    private static PixelBuffer Luma(PixelBuffer rgb)
    {
        var grey = new PixelBuffer(rgb.Width, rgb.Height, 1);
        var from = rgb.Pixels;
        var to = grey.Pixels;
        for (var i = 0; i < to.Length; i++)
        {
            to[i] = (byte)(((77 * from[3 * i]) + (150 * from[(3 * i) + 1]) + (29 * from[(3 * i) + 2]) + 128) >> 8);
        }

        return grey;
    }

    private static double Mean(PixelBuffer grey)
    {
        long sum = 0;
        foreach (var value in grey.Pixels)
        {
            sum += value;
        }

        return (double)sum / grey.Pixels.Length;
    }

    /// <summary>Variance of the 4-neighbour Laplacian: blur removes the edges it responds to, so a low value means a blurred capture.</summary>
    private static double LaplacianVariance(PixelBuffer grey)
    {
        int w = grey.Width, h = grey.Height;
        if (w < 3 || h < 3)
        {
            return 0;
        }

        var p = grey.Pixels;
        long sum = 0, squares = 0;
        for (var y = 1; y < h - 1; y++)
        {
            for (var x = 1; x < w - 1; x++)
            {
                var i = (y * w) + x;
                long laplacian = (4 * p[i]) - p[i - 1] - p[i + 1] - p[i - w] - p[i + w];
                sum += laplacian;
                squares += laplacian * laplacian;
            }
        }

        var count = (double)(w - 2) * (h - 2);
        var mean = sum / count;
        return (squares / count) - (mean * mean);
    }

    /// <summary>dHash: the picture averaged into 9×8 cells; bit (row·8 + column) is set where a cell is darker than its right neighbour.</summary>
    private static long DifferenceHash(PixelBuffer grey)
    {
        Span<double> cells = stackalloc double[HashColumns * HashRows];
        for (var row = 0; row < HashRows; row++)
        {
            var (top, bottom) = Band(row, HashRows, grey.Height);
            for (var column = 0; column < HashColumns; column++)
            {
                var (left, right) = Band(column, HashColumns, grey.Width);
                long sum = 0;
                for (var y = top; y < bottom; y++)
                {
                    foreach (var value in grey.Pixels.Slice((y * grey.Width) + left, right - left))
                    {
                        sum += value;
                    }
                }

                cells[(row * HashColumns) + column] = (double)sum / ((bottom - top) * (right - left));
            }
        }

        long hash = 0;
        for (var row = 0; row < HashRows; row++)
        {
            for (var column = 0; column < HashColumns - 1; column++)
            {
                if (cells[(row * HashColumns) + column] < cells[(row * HashColumns) + column + 1])
                {
                    hash |= 1L << ((row * 8) + column);
                }
            }
        }

        return hash;
    }

    /// <summary>Cell <paramref name="index"/> of <paramref name="count"/> along a side, never empty even on a tiny picture.</summary>
    private static (int Start, int End) Band(int index, int count, int length)
    {
        var start = Math.Min(index * length / count, length - 1);
        return (start, Math.Max(start + 1, (index + 1) * length / count));
    }
}
