using Microsoft.JSInterop;

namespace KosovoElections.ComponentTests.Camera;

/// <summary>
/// A photo as the browser hands it over: a declared length (which may lie) and a stream (which may be longer). Counts
/// what was read so that a test sees the component stop early.
/// </summary>
internal sealed class FakePhoto(byte[] content, long? declaredLength = null) : IJSStreamReference
{
    public long Length => declaredLength ?? content.Length;

    public bool Opened { get; private set; }

    public bool Disposed { get; private set; }

    public long BytesRead => _stream?.Consumed ?? 0;

    private CountingStream? _stream;

    /// <summary>A small JPEG-looking photo: the start-of-image marker, some data, the end marker.</summary>
    public static byte[] Jpeg(int length = 20_000)
    {
        var bytes = new byte[length];
        new Random(7).NextBytes(bytes);
        bytes[0] = 0xFF;
        bytes[1] = 0xD8;
        bytes[2] = 0xFF;
        bytes[^2] = 0xFF;
        bytes[^1] = 0xD9;
        return bytes;
    }

    // Like Blazor's own: refuses to open a stream whose declared length is over the allowed size.
    public ValueTask<Stream> OpenReadStreamAsync(long maxAllowedSize = 512000, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Length, maxAllowedSize);
        Opened = true;
        _stream = new CountingStream(content);
        return ValueTask.FromResult<Stream>(_stream);
    }

    public ValueTask DisposeAsync()
    {
        Disposed = true;
        return ValueTask.CompletedTask;
    }

    private sealed class CountingStream(byte[] content) : MemoryStream(content, writable: false)
    {
        public long Consumed { get; private set; }

        protected override void Dispose(bool disposing)
        {
            if (CanSeek)
            {
                Consumed = Position;
            }

            base.Dispose(disposing);
        }
    }
}
