using System.Buffers;

namespace KosovoElections.Infrastructure.Images;

/// <summary>
/// An interleaved 8-bit bitmap (RGB or grey) in a pooled array: the working bitmaps of one image are short-lived and
/// the same size image after image, so renting them keeps the garbage per image down to the bytes that are kept.
/// </summary>
internal sealed class PixelBuffer : IDisposable
{
    private byte[]? _rented;

    public PixelBuffer(int width, int height, int channels)
    {
        Width = width;
        Height = height;
        Channels = channels;
        _rented = ArrayPool<byte>.Shared.Rent(width * height * channels);
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
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
