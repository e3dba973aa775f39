using System.Runtime.InteropServices;

namespace KosovoElections.Infrastructure.Images.Native;

/// <summary>
/// glibc's malloc settings for libjpeg's large per-image buffers. A lossless rotation of a 2,048 px photo allocates
/// about 20 MB of DCT coefficient arrays (the image's and a workspace) and frees them at the end. With glibc's
/// defaults that memory goes back to the kernel after every image and is faulted back in, zero-filled page by page,
/// for the next: about 40 % of the rewrite's CPU. Raising the mmap threshold (so the arrays come from the heap, not
/// from their own mappings) and the trim threshold (so the freed heap is kept) leaves those pages in the process:
/// about 20 MB resident per malloc arena that has processed an image, which is why the Dockerfile bounds the arenas
/// (docs/performance.md).
/// </summary>
internal static partial class GlibcHeap
{
    /// <summary>glibc's largest mmap threshold on 64-bit (half its 64 MB per-thread heap); larger values are refused.</summary>
    public const int MmapThreshold = 32 * 1024 * 1024;

    /// <summary>Free memory an arena keeps at its top before giving it back: two images' buffers with room.</summary>
    public const int TrimThreshold = 64 * 1024 * 1024;

    private const string Library = "libc.so.6";
    private const int MallocTrimThreshold = -1;
    private const int MallocMmapThreshold = -3;

    private static readonly Lock Gate = new();
    private static bool _applied;

    /// <summary>
    /// Sets both thresholds once per process, on glibc Linux only; true when they are set. An operator's own
    /// <c>MALLOC_*</c> or <c>GLIBC_TUNABLES</c> malloc settings win and are left alone; any failure leaves glibc's
    /// defaults, which cost CPU, not correctness.
    /// </summary>
    public static bool KeepImageBuffers()
    {
        if (!OperatingSystem.IsLinux() || SetByOperator())
        {
            return false;
        }

        lock (Gate)
        {
            if (!_applied)
            {
                try
                {
                    // gnu_get_libc_version exists only in glibc: on musl the call throws and nothing is set.
                    _ = gnu_get_libc_version();
                    _applied = mallopt(MallocMmapThreshold, MmapThreshold) == 1 && mallopt(MallocTrimThreshold, TrimThreshold) == 1;
                }
                catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
                {
                    return false;
                }
            }

            return _applied;
        }
    }

    private static bool SetByOperator() =>
        Environment.GetEnvironmentVariable("MALLOC_MMAP_THRESHOLD_") is not null
        || Environment.GetEnvironmentVariable("MALLOC_TRIM_THRESHOLD_") is not null
        || Environment.GetEnvironmentVariable("GLIBC_TUNABLES")?.Contains("glibc.malloc.", StringComparison.Ordinal) == true;

    [LibraryImport(Library)]
    private static partial int mallopt(int parameter, int value);

    [LibraryImport(Library)]
    private static partial nint gnu_get_libc_version();
}
