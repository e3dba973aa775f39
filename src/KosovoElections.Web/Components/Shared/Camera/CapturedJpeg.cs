using KosovoElections.Application.Documents;
using Microsoft.JSInterop;

namespace KosovoElections.Web.Components.Shared.Camera;

/// <summary>Why a photo from the browser was refused before anyone saw it.</summary>
internal enum CaptureProblem
{
    Empty,
    TooLarge,
    NotJpeg,
    Unreadable,
}

/// <summary>
/// Reads the photo the browser sends. The browser is not trusted (T-BZ-03): the declared length may be wrong, the stream
/// may be longer, shorter, empty or not a JPEG. Never allocates more than the declared length (at most
/// <see cref="ImageLimits.MaxBytes"/>) plus one byte, and stops reading there.
/// </summary>
internal static class CapturedJpeg
{
    private static ReadOnlySpan<byte> StartOfImage => [0xFF, 0xD8, 0xFF];

    /// <summary>The JPEG (a slice of a buffer the caller clears after use) or why there is none. Releases the browser's copy.</summary>
    public static async Task<(Memory<byte> Jpeg, CaptureProblem? Problem)> ReadAsync(IJSStreamReference? photo, CancellationToken cancellation)
    {
        if (photo is null)
        {
            return (default, CaptureProblem.Empty);
        }

        try
        {
            return await ReadCappedAsync(photo, cancellation);
        }
        catch (Exception e) when (e is JSException or IOException or InvalidOperationException or ArgumentException or TimeoutException)
        {
            // A broken or lying stream: RemoteJSDataStream throws when more arrives than was declared.
            return (default, CaptureProblem.Unreadable);
        }
        finally
        {
            await ReleaseAsync(photo);
        }
    }

    private static async Task<(Memory<byte> Jpeg, CaptureProblem? Problem)> ReadCappedAsync(IJSStreamReference photo, CancellationToken cancellation)
    {
        var declared = photo.Length;
        if (declared <= 0)
        {
            return (default, CaptureProblem.Empty);
        }

        if (declared > ImageLimits.MaxBytes)
        {
            return (default, CaptureProblem.TooLarge);
        }

        // One byte more than declared tells a stream that lies about its length from one that does not.
        var buffer = new byte[declared + 1];
        var read = 0;
        await using (var stream = await photo.OpenReadStreamAsync(ImageLimits.MaxBytes, cancellation))
        {
            int chunk;
            while (read < buffer.Length && (chunk = await stream.ReadAsync(buffer.AsMemory(read), cancellation)) > 0)
            {
                read += chunk;
            }
        }

        CaptureProblem? problem = read == 0 ? CaptureProblem.Empty
            : read > declared ? CaptureProblem.Unreadable
            : !buffer.AsSpan(0, read).StartsWith(StartOfImage) ? CaptureProblem.NotJpeg
            : null;
        if (problem is not null)
        {
            Array.Clear(buffer);
            return (default, problem);
        }

        return (buffer.AsMemory(0, read), null);
    }

    private static async Task ReleaseAsync(IJSStreamReference photo)
    {
        try
        {
            await photo.DisposeAsync();
        }
        catch (Exception e) when (e is JSException or JSDisconnectedException)
        {
            // The browser forgets the photo with the page anyway.
        }
    }
}
