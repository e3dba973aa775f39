using KosovoElections.Domain;
using KosovoElections.Domain.Applications;

namespace KosovoElections.Application.Documents;

/// <summary>
/// Turns a captured JPEG into what may be stored: the declared size checked before decoding (≤ 40 megapixels,
/// ≤ 8 MB), everything but the image data removed (EXIF and GPS, APPn segments, comments, trailing bytes), EXIF
/// orientation applied, a 400 px thumbnail, and the facts a reviewer's checks need.
/// </summary>
public interface IImageProcessor
{
    /// <summary>False when the native image library could not be loaded; then nothing may be stored.</summary>
    bool IsAvailable { get; }

    ImageOutcome Process(ReadOnlySpan<byte> jpeg);
}

/// <summary>Why an image was refused; each has a message in every UI language.</summary>
[ShownToPeople]
public enum ImageProblem
{
    Empty,
    TooLarge,
    TooManyPixels,
    NotJpeg,
    Truncated,
    Unreadable,

    /// <summary>Something other than image data follows the JPEG (a ZIP, a script): a polyglot file.</summary>
    TrailingData,
    ProcessorUnavailable,
}

/// <summary>The stored image (re-encoded or losslessly rewritten), its thumbnail and what was measured.</summary>
public sealed record ProcessedImage(byte[] Jpeg, byte[] Thumbnail, ImageFacts Facts);

public sealed record ImageOutcome(ProcessedImage? Image, ImageProblem? Problem)
{
    public static ImageOutcome Accepted(ProcessedImage image) => new(image, null);

    public static ImageOutcome Refused(ImageProblem problem) => new(null, problem);
}

/// <summary>Limits of SPEC §7 for captured images.</summary>
public static class ImageLimits
{
    public const int MaxBytes = 8 * 1024 * 1024;
    public const long MaxPixels = 40_000_000;
    public const int ThumbnailLongEdge = 400;
}
