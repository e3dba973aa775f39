using System.Runtime.InteropServices;

namespace KosovoElections.Infrastructure.Images.Native;

/// <summary>
/// A TurboJPEG transform handle, which can also decompress and compress. A handle is not thread-safe: each
/// image gets its own (creating one costs microseconds next to the milliseconds of the work).
/// </summary>
internal sealed class TurboJpegHandle : SafeHandle
{
    private TurboJpegHandle()
        : base(nint.Zero, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle == nint.Zero;

    public static TurboJpegHandle Create()
    {
        var created = new TurboJpegHandle();
        created.SetHandle(TurboJpegNative.tjInitTransform());
        return created.IsInvalid ? throw new TurboJpegException("tjInitTransform failed", isWarning: false) : created;
    }

    protected override bool ReleaseHandle() => TurboJpegNative.tjDestroy(handle) == 0;
}
