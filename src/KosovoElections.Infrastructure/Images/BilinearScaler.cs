namespace KosovoElections.Infrastructure.Images;

/// <summary>
/// Shrinks a bitmap by bilinear sampling at each target pixel's centre. The DCT-scaled decode leaves at most a 2:1
/// reduction to do here, where bilinear sampling still averages every source pixel it skips over well enough for a thumbnail.
/// </summary>
internal static class BilinearScaler
{
    private const int Shift = 8;
    private const int One = 1 << Shift;

    public static PixelBuffer Resize(PixelBuffer source, int width, int height)
    {
        var target = new PixelBuffer(width, height, source.Channels);
        var (xs, xWeights) = Taps(source.Width, width);
        var (ys, yWeights) = Taps(source.Height, height);
        var from = source.Pixels;
        var to = target.Pixels;
        int channels = source.Channels, stride = source.Stride;
        for (var y = 0; y < height; y++)
        {
            var top = ys[y] * stride;
            var bottom = Math.Min(ys[y] + 1, source.Height - 1) * stride;
            int wy = yWeights[y], wyTop = One - wy;
            var row = to.Slice(y * target.Stride, target.Stride);
            for (var x = 0; x < width; x++)
            {
                var left = xs[x] * channels;
                var right = Math.Min(xs[x] + 1, source.Width - 1) * channels;
                int wx = xWeights[x], wxLeft = One - wx;
                for (var c = 0; c < channels; c++)
                {
                    var upper = (from[top + left + c] * wxLeft) + (from[top + right + c] * wx);
                    var lower = (from[bottom + left + c] * wxLeft) + (from[bottom + right + c] * wx);
                    row[(x * channels) + c] = (byte)(((upper * wyTop) + (lower * wy) + (1 << ((2 * Shift) - 1))) >> (2 * Shift));
                }
            }
        }

        return target;
    }

    /// <summary>For each target index, the source index to its left/top and the weight (out of 256) of the next one.</summary>
    private static (int[] Index, int[] Weight) Taps(int sourceLength, int targetLength)
    {
        var index = new int[targetLength];
        var weight = new int[targetLength];
        var ratio = (double)sourceLength / targetLength;
        for (var i = 0; i < targetLength; i++)
        {
            var centre = Math.Clamp(((i + 0.5) * ratio) - 0.5, 0, sourceLength - 1);
            index[i] = (int)centre;
            weight[i] = (int)Math.Round((centre - index[i]) * One);
        }

        return (index, weight);
    }
}
