using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace KosovoElections.Benchmarks.Images;

/// <summary>
/// The design card's pipeline in SixLabors.ImageSharp 2.1 (benchmarks only, never in the app): decode the whole
/// image, turn it upright from its EXIF orientation, drop the metadata, re-encode it (ImageSharp has no lossless
/// rewrite), then a bilinear 400 px thumbnail encoded at the app's quality.
/// </summary>
internal static class ImageSharpPipeline
{
    /// <summary>The app's quality for images it has to re-encode (its fallback when a lossless rewrite is impossible).</summary>
    private static readonly JpegEncoder StoredEncoder = new() { Quality = 90 };
    private static readonly JpegEncoder ThumbnailEncoder = new() { Quality = 80 };

    /// <summary>The pipeline cut short after its first steps, to show where the CPU goes.</summary>
    public static IReadOnlyList<(string Stage, Action Once)> Prefixes(byte[] file) =>
    [
        ("decode (whole image, no scaled decode in 2.1)", () => Image.Load<Rgb24>(file).Dispose()),
        ("decode + turn upright (AutoOrient)", () =>
        {
            using var image = Image.Load<Rgb24>(file);
            image.Mutate(x => x.AutoOrient());
        }),
        ("decode + turn upright + re-encode at quality 90", () =>
        {
            using var image = Image.Load<Rgb24>(file);
            image.Mutate(x => x.AutoOrient());
            image.SaveAsJpeg(Stream.Null, StoredEncoder);
        }),
    ];

    public static (byte[] Jpeg, byte[] Thumbnail, Size Stored, Size Small) Process(byte[] file)
    {
        using var image = Image.Load<Rgb24>(file);
        image.Mutate(x => x.AutoOrient());
        image.Metadata.ExifProfile = null;
        image.Metadata.XmpProfile = null;
        image.Metadata.IptcProfile = null;
        image.Metadata.IccProfile = null;
        var stored = new MemoryStream();
        image.SaveAsJpeg(stored, StoredEncoder);
        var size = image.Size();
        image.Mutate(x => x.Resize(new ResizeOptions
        {
            Size = new Size(Application.Documents.ImageLimits.ThumbnailLongEdge),
            Mode = ResizeMode.Max,
            Sampler = KnownResamplers.Triangle,
        }));
        var thumbnail = new MemoryStream();
        image.SaveAsJpeg(thumbnail, ThumbnailEncoder);
        return (stored.ToArray(), thumbnail.ToArray(), size, image.Size());
    }
}
