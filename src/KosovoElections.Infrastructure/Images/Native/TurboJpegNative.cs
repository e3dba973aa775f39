using System.Runtime.InteropServices;

namespace KosovoElections.Infrastructure.Images.Native;

/// <summary>
/// The TurboJPEG 2.x C API of libjpeg-turbo (Debian: libturbojpeg0). <c>unsigned long</c> sizes are 64-bit on
/// Linux x64, hence <see cref="nuint"/>. Only <see cref="TurboJpegHandle"/> and <see cref="TurboJpeg"/> call these.
/// </summary>
internal static unsafe partial class TurboJpegNative
{
    public const string Library = "libturbojpeg.so.0";

    public const int PixelFormatRgb = 0;
    public const int PixelFormatGray = 6;
    public const int Subsampling420 = 2;

    /// <summary>Fail on warnings such as "premature end of data": a picture with grey filler is no evidence.</summary>
    public const int FlagStopOnWarning = 8192;

    /// <summary>Refuse progressive files with more than 500 scans, a known way to burn CPU with a small file.</summary>
    public const int FlagLimitScans = 32768;

    public const int ErrorWarning = 0;

    public const int TransformTrim = 2;
    public const int TransformCopyNone = 64;

    [StructLayout(LayoutKind.Sequential)]
    public struct ScalingFactor
    {
        public int Num;
        public int Denom;
    }

    /// <summary>tjtransform: a crop region (unused, zero), the operation, its options and an unused custom filter.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct Transform
    {
        public int X;
        public int Y;
        public int Width;
        public int Height;
        public int Op;
        public int Options;
        public nint Data;
        public nint CustomFilter;
    }

    [LibraryImport(Library)]
    public static partial nint tjInitTransform();

    [LibraryImport(Library)]
    public static partial int tjDestroy(nint handle);

    [LibraryImport(Library)]
    public static partial void tjFree(byte* buffer);

    [LibraryImport(Library)]
    public static partial byte* tjGetErrorStr2(TurboJpegHandle handle);

    [LibraryImport(Library)]
    public static partial int tjGetErrorCode(TurboJpegHandle handle);

    [LibraryImport(Library)]
    public static partial int tjDecompressHeader3(
        TurboJpegHandle handle, byte* jpeg, nuint size, out int width, out int height, out int subsampling, out int colorspace);

    [LibraryImport(Library)]
    public static partial int tjDecompress2(
        TurboJpegHandle handle, byte* jpeg, nuint size, byte* destination, int width, int pitch, int height, int pixelFormat, int flags);

    [LibraryImport(Library)]
    public static partial int tjCompress2(
        TurboJpegHandle handle, byte* source, int width, int pitch, int height, int pixelFormat, byte** jpeg, nuint* size, int subsampling, int quality, int flags);

    [LibraryImport(Library)]
    public static partial int tjTransform(
        TurboJpegHandle handle, byte* jpeg, nuint size, int count, byte** destinations, nuint* destinationSizes, Transform* transforms, int flags);
}
