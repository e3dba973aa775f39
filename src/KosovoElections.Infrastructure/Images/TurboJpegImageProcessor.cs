using System.Security.Cryptography;
using KosovoElections.Application.Documents;
using KosovoElections.Domain.Applications;
using KosovoElections.Infrastructure.Images.Native;
using Microsoft.Extensions.Logging;

namespace KosovoElections.Infrastructure.Images;

/// <summary>
/// The image pipeline on libjpeg-turbo. The file is checked by walking its markers before any decoding; the stored
/// image is a lossless rewrite (tjTransform) that keeps only the image data and applies the EXIF orientation; one
/// decode of that rewrite at a reduced DCT scale gives the thumbnail and every measure.
/// </summary>
public sealed class TurboJpegImageProcessor : IImageProcessor
{
    private const int ThumbnailQuality = 80;
    private const int FallbackQuality = 90;

    /// <summary>The DCT scales with SIMD code in libjpeg-turbo; other fractions use slower generic IDCTs.</summary>
    private static readonly int[] ScaleDenominators = [8, 4, 2, 1];

    /// <summary>MCU width and height by TJSAMP (444, 422, 420, grey, 440, 411).</summary>
    private static readonly (int Width, int Height)[] McuSizes = [(8, 8), (16, 8), (16, 16), (8, 8), (8, 16), (32, 8)];

    public TurboJpegImageProcessor(ILogger<TurboJpegImageProcessor> logger)
    {
        IsAvailable = TurboJpeg.TryLoad();
        if (!IsAvailable)
        {
            logger.LogError("{Library} could not be loaded (Debian package libturbojpeg0): captured images will be refused", TurboJpegNative.Library);
        }
        else if (GlibcHeap.KeepImageBuffers())
        {
            logger.LogDebug("glibc malloc keeps freed memory up to {TrimThreshold} bytes per arena, so libjpeg's buffers are reused", GlibcHeap.TrimThreshold);
        }
    }

    public bool IsAvailable { get; }

    public ImageOutcome Process(ReadOnlySpan<byte> jpeg)
    {
        if (Check(jpeg, out var layout) is { } problem)
        {
            return ImageOutcome.Refused(problem);
        }

        try
        {
            using var handle = TurboJpegHandle.Create();
            var stored = Rewrite(handle, jpeg, layout.Orientation);
            var (width, height) = TurboJpeg.ReadSize(handle, stored);
            using var thumbnail = DecodeThumbnail(handle, stored, width, height);
            var measures = ImageMeasures.Of(thumbnail);
            var facts = new ImageFacts(
                width, height, Convert.ToHexStringLower(SHA256.HashData(stored)), measures.PerceptualHash, measures.Brightness, measures.Sharpness);
            return ImageOutcome.Accepted(new ProcessedImage(stored, TurboJpeg.Compress(handle, thumbnail, ThumbnailQuality), facts));
        }
        catch (TurboJpegException ex)
        {
            return ImageOutcome.Refused(ex.IsPrematureEnd ? ImageProblem.Truncated : ImageProblem.Unreadable);
        }
    }

    /// <summary>Every refusal that needs no decoder, cheapest first: size, signature, declared pixels, structure.</summary>
    private ImageProblem? Check(ReadOnlySpan<byte> jpeg, out JpegLayout layout)
    {
        layout = default;
        if (jpeg.IsEmpty)
        {
            return ImageProblem.Empty;
        }

        if (jpeg.Length > ImageLimits.MaxBytes)
        {
            return ImageProblem.TooLarge;
        }

        if (!JpegLayout.HasJpegSignature(jpeg))
        {
            return ImageProblem.NotJpeg;
        }

        layout = JpegLayout.Walk(jpeg);
        if (layout.Pixels > ImageLimits.MaxPixels)
        {
            return ImageProblem.TooManyPixels;
        }

        return layout.Verdict switch
        {
            LayoutVerdict.TrailingData => ImageProblem.TrailingData,
            LayoutVerdict.Truncated => ImageProblem.Truncated,
            LayoutVerdict.Malformed or LayoutVerdict.NoFrame => ImageProblem.Unreadable,
            _ when !IsAvailable => ImageProblem.ProcessorUnavailable,
            _ => null,
        };
    }

    /// <summary>
    /// tjTransform with COPYNONE writes only the image data, upright. Where a rotation or flip would move a partial
    /// MCU at the right or bottom edge, TRIM drops that edge (at most one MCU less a pixel, a sliver of a photo) so the
    /// rewrite stays lossless; re-encoding would cost a full decode and encode plus a generation of loss. PERFECT is
    /// not asked for: libjpeg checks it before trimming, so it would refuse exactly the images TRIM serves. Only a
    /// picture smaller than one MCU cannot be trimmed (libjpeg would leave its edge unturned); it is re-encoded.
    /// </summary>
    private static byte[] Rewrite(TurboJpegHandle handle, ReadOnlySpan<byte> jpeg, int orientation)
    {
        var op = Orientation.TransformOp(orientation);
        var (width, height, subsampling) = TurboJpeg.ReadHeader(handle, jpeg);
        var mcu = subsampling >= 0 && subsampling < McuSizes.Length ? McuSizes[subsampling] : McuSizes[^1];
        if (op != 0 && (width < mcu.Width || height < mcu.Height))
        {
            using var decoded = TurboJpeg.Decompress(handle, jpeg, width, height, 3);
            using var upright = Orientation.Apply(decoded, orientation);
            return TurboJpeg.Compress(handle, upright, FallbackQuality);
        }

        const int options = TurboJpegNative.TransformCopyNone | TurboJpegNative.TransformTrim;
        return TurboJpeg.Transform(handle, jpeg, op, options);
    }

    /// <summary>
    /// Decodes the stored image once at the smallest of 1/8, 1/4, 1/2 and 1/1 that keeps its long edge at least the
    /// thumbnail's, then shrinks that to the thumbnail.
    /// </summary>
    private static PixelBuffer DecodeThumbnail(TurboJpegHandle handle, byte[] stored, int width, int height)
    {
        var longEdge = Math.Max(width, height);
        var denominator = ScaleDenominators.First(d => d == 1 || (longEdge + d - 1) / d >= ImageLimits.ThumbnailLongEdge);
        var reduced = TurboJpeg.Decompress(handle, stored, (width + denominator - 1) / denominator, (height + denominator - 1) / denominator, 3);
        if (longEdge <= ImageLimits.ThumbnailLongEdge)
        {
            return reduced;
        }

        using (reduced)
        {
            var scale = (double)ImageLimits.ThumbnailLongEdge / longEdge;
            var thumbnailWidth = Math.Max(1, (int)Math.Round(width * scale));
            var thumbnailHeight = Math.Max(1, (int)Math.Round(height * scale));
            return BilinearScaler.Resize(reduced, thumbnailWidth, thumbnailHeight);
        }
    }
}
