namespace KosovoElections.Web.Components.Shared.Camera;

/// <summary>
/// A photo the voter chose to use: a JPEG of at most <see cref="Application.Documents.ImageLimits.MaxBytes"/> that starts
/// with the JPEG marker, and nothing more is known about it. The bytes are valid until the handler's task completes
/// (then they are cleared): process or copy them within the call.
/// </summary>
public sealed record CaptureUpload(CaptureMode Mode, ReadOnlyMemory<byte> Jpeg);
