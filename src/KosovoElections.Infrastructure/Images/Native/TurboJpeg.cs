using System.Runtime.InteropServices;

namespace KosovoElections.Infrastructure.Images.Native;

/// <summary>Safe calls into TurboJPEG on one <see cref="TurboJpegHandle"/>; every failure is a <see cref="TurboJpegException"/>.</summary>
internal static unsafe class TurboJpeg
{
    private const int DecodeFlags = TurboJpegNative.FlagStopOnWarning | TurboJpegNative.FlagLimitScans;

    /// <summary>False when libturbojpeg.so.0 (or a symbol this binding needs) cannot be loaded.</summary>
    public static bool TryLoad()
    {
        try
        {
            using var handle = TurboJpegHandle.Create();
            return true;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException or TurboJpegException)
        {
            return false;
        }
    }

    public static (int Width, int Height) ReadSize(TurboJpegHandle handle, ReadOnlySpan<byte> jpeg)
    {
        var (width, height, _) = ReadHeader(handle, jpeg);
        return (width, height);
    }

    /// <summary>The frame size and TJSAMP chroma subsampling, from the headers alone.</summary>
    public static (int Width, int Height, int Subsampling) ReadHeader(TurboJpegHandle handle, ReadOnlySpan<byte> jpeg)
    {
        fixed (byte* source = jpeg)
        {
            var status = TurboJpegNative.tjDecompressHeader3(
                handle, source, (nuint)jpeg.Length, out var width, out var height, out var subsampling, out _);
            Check(handle, status);
            return (width, height, subsampling);
        }
    }

    /// <summary>The lossless transform (tjTransform) of the whole image into a new file; the coefficients are not re-quantised.</summary>
    public static byte[] Transform(TurboJpegHandle handle, ReadOnlySpan<byte> jpeg, int op, int options)
    {
        var transform = new TurboJpegNative.Transform { Op = op, Options = options };
        byte* output = null;
        nuint outputSize = 0;
        try
        {
            fixed (byte* source = jpeg)
            {
                var status = TurboJpegNative.tjTransform(
                    handle, source, (nuint)jpeg.Length, 1, &output, &outputSize, &transform, DecodeFlags);
                Check(handle, status);
            }

            return new ReadOnlySpan<byte>(output, checked((int)outputSize)).ToArray();
        }
        finally
        {
            if (output != null)
            {
                TurboJpegNative.tjFree(output);
            }
        }
    }

    /// <summary>Decodes with libjpeg's DCT scaling: the IDCT itself produces the reduced bitmap, far cheaper than full size.</summary>
    public static PixelBuffer Decompress(TurboJpegHandle handle, ReadOnlySpan<byte> jpeg, int width, int height, int channels)
    {
        var bitmap = new PixelBuffer(width, height, channels);
        try
        {
            var format = channels == 1 ? TurboJpegNative.PixelFormatGray : TurboJpegNative.PixelFormatRgb;
            fixed (byte* source = jpeg)
            fixed (byte* destination = bitmap.Pixels)
            {
                var status = TurboJpegNative.tjDecompress2(
                    handle, source, (nuint)jpeg.Length, destination, width, bitmap.Stride, height, format, DecodeFlags);
                Check(handle, status);
            }

            return bitmap;
        }
        catch
        {
            bitmap.Dispose();
            throw;
        }
    }

    public static byte[] Compress(TurboJpegHandle handle, PixelBuffer bitmap, int quality)
    {
        var format = bitmap.Channels == 1 ? TurboJpegNative.PixelFormatGray : TurboJpegNative.PixelFormatRgb;
        byte* output = null;
        nuint outputSize = 0;
        try
        {
            fixed (byte* source = bitmap.Pixels)
            {
                var status = TurboJpegNative.tjCompress2(
                    handle, source, bitmap.Width, bitmap.Stride, bitmap.Height, format, &output, &outputSize,
                    TurboJpegNative.Subsampling420, quality, 0);
                Check(handle, status);
            }

            return new ReadOnlySpan<byte>(output, checked((int)outputSize)).ToArray();
        }
        finally
        {
            if (output != null)
            {
                TurboJpegNative.tjFree(output);
            }
        }
    }

    private static void Check(TurboJpegHandle handle, int status)
    {
        if (status != 0)
        {
            var message = Marshal.PtrToStringUTF8((nint)TurboJpegNative.tjGetErrorStr2(handle)) ?? "unknown TurboJPEG error";
            throw new TurboJpegException(message, TurboJpegNative.tjGetErrorCode(handle) == TurboJpegNative.ErrorWarning);
        }
    }
}
