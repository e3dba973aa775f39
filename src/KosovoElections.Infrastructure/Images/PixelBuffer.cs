using System.Buffers;

namespace KosovoElections.Infrastructure.Images;

/// <summary>
/// An interleaved 8-bit bitmap (RGB or grey) in a pooled array: the working bitmaps of one image are short-lived and
/// the same size image after image, so renting them keeps the garbage per image down to the bytes that are kept.
/// </summary>
internal sealed class PixelBuffer : IDisposable
{
    /// <summary>
    /// The pipeline's own pool rather than <see cref="ArrayPool{T}.Shared"/>, whose per-thread slots hold on to returned
    /// bitmaps: an image processed on a thread that had not rented them yet allocated its three bitmaps afresh (about
    /// 1.6 MB once rounded up to powers of two). Here one stack per size serves whichever thread comes next, at most 16
    /// arrays each. Every bitmap fits under 4 MB: the reduced decode is under 800 px on its long edge.
    /// </summary>
    private static readonly ArrayPool<byte> Bitmaps = ArrayPool<byte>.Create(4 * 1024 * 1024, 16);

    private byte[]? _rented;

    public PixelBuffer(int width, int height, int channels)
    {
        Width = width;
        Height = height;
        Channels = channels;
        _rented = Bitmaps.Rent(width * height * channels);
    }

    public int Width { get; }

    public int Height { get; }

    public int Channels { get; }

    public int Stride => Width * Channels;

    public Span<byte> Pixels => _rented.AsSpan(0, Width * Height * Channels);

    public void Dispose()
    {
        if (_rented is { } rented)
        {
            _rented = null;
            Bitmaps.Return(rented);
        }
    }
}
