using System.Diagnostics;
using System.Runtime.InteropServices;
using KosovoElections.Infrastructure.Images.Native;

namespace KosovoElections.Benchmarks.Common;

/// <summary>
/// The process's resident memory, the malloc settings it runs under and what glibc's heap holds (all arenas), to
/// state what keeping libjpeg's buffers costs.
/// </summary>
internal static partial class ResidentMemory
{
    public static string MallocSettings()
    {
        var mmap = Environment.GetEnvironmentVariable("MALLOC_MMAP_THRESHOLD_");
        var trim = Environment.GetEnvironmentVariable("MALLOC_TRIM_THRESHOLD_");
        var arenas = Environment.GetEnvironmentVariable("MALLOC_ARENA_MAX");
        var inProcess = GlibcHeap.KeepImageBuffers()
            ? $"set by the app (mmap threshold {GlibcHeap.MmapThreshold}, trim threshold {GlibcHeap.TrimThreshold})"
            : "not set by the app";
        return $"environment MALLOC_MMAP_THRESHOLD_={mmap ?? "default"}, MALLOC_TRIM_THRESHOLD_={trim ?? "default"}, MALLOC_ARENA_MAX={arenas ?? "default"}; {inProcess}";
    }

    /// <summary>Resident set now and at its peak, the managed heap, and glibc's heap: in use, held free, arenas.</summary>
    public static string Describe()
    {
        using var self = Process.GetCurrentProcess();
        var heap = mallinfo2();
        var mapped = heap.Arena + heap.MappedBytes;
        return $"resident {Mb(self.WorkingSet64)} (peak {Mb(self.PeakWorkingSet64)}), managed heap {Mb(GC.GetGCMemoryInfo().HeapSizeBytes)}; " +
            $"malloc: {Mb((long)mapped)} from the kernel, {Mb((long)(mapped - heap.FreeBytes))} in use, {Mb((long)heap.FreeBytes)} held free, {Arenas()} arenas";
    }

    private static string Mb(long bytes) => $"{bytes / 1048576.0:F0} MB";

    /// <summary>malloc_info's XML has one &lt;heap&gt; element per arena.</summary>
    private static int Arenas()
    {
        var stream = open_memstream(out var buffer, out _);
        try
        {
            _ = malloc_info(0, stream);
        }
        finally
        {
            _ = fclose(stream);
        }

        var xml = Marshal.PtrToStringUTF8(buffer) ?? string.Empty;
        free(buffer);
        return xml.Split("<heap nr=").Length - 1;
    }

    [LibraryImport("libc.so.6")]
    private static partial MallocInfo mallinfo2();

    [LibraryImport("libc.so.6")]
    private static partial nint open_memstream(out nint buffer, out nuint size);

    [LibraryImport("libc.so.6")]
    private static partial int malloc_info(int options, nint stream);

    [LibraryImport("libc.so.6")]
    private static partial int fclose(nint stream);

    [LibraryImport("libc.so.6")]
    private static partial void free(nint pointer);

    /// <summary>glibc's struct mallinfo2, summed over all arenas.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct MallocInfo
    {
        public nuint Arena;
        public nuint FreeChunks;
        public nuint FastBins;
        public nuint MappedChunks;
        public nuint MappedBytes;
        public nuint MaxAllocated;
        public nuint FastBinBytes;
        public nuint InUseBytes;
        public nuint FreeBytes;
        public nuint KeepCost;
    }
}
