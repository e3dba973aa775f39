using KosovoElections.Application.Documents;
using KosovoElections.Infrastructure.Images;
using Microsoft.Extensions.Logging.Abstractions;

namespace KosovoElections.IntegrationTests.Images;

/// <summary>What the pipeline refuses, and that each refusal comes before the work it guards against.</summary>
public sealed class ImageRefusalTests
{
    private static readonly TurboJpegImageProcessor Processor = new(NullLogger<TurboJpegImageProcessor>.Instance);
    private static readonly byte[] Photo = SyntheticPhoto.Camera(320, 240);

    [Fact]
    public void Process_ZeroBytes_IsEmpty() => AssertRefused(ImageProblem.Empty, []);

    [Fact]
    public void Process_NineMegabytes_IsTooLargeBeforeAnythingElse()
    {
        // Not even a JPEG: the size is checked first, so this is not "NotJpeg".
        var file = new byte[9 * 1024 * 1024];
        Array.Fill(file, (byte)'A');
        AssertRefused(ImageProblem.TooLarge, file);
    }

    [Fact]
    public void Process_Png_IsNotJpeg() =>
        AssertRefused(ImageProblem.NotJpeg, [0x89, .. "PNG\r\n\x1A\n"u8, 0, 0, 0, 13, .. "IHDR"u8, 0, 0, 1, 0, 0, 0, 1, 0, 8, 2, 0, 0, 0]);

    [Fact]
    public void Process_HeaderDeclaringSixtyMegapixels_IsTooManyPixelsWithoutDecoding()
    {
        // A frame header of 10,000 × 6,000 and no image data at all: a decoder would call it unreadable, so
        // TooManyPixels shows the declared size was refused before decoding.
        byte[] sof = [8, 0x17, 0x70, 0x27, 0x10, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1];
        byte[] file = [0xFF, 0xD8, .. JpegSegments.Segment(0xC0, sof), 0xFF, 0xD9];
        Assert.True(file.Length < 64);
        AssertRefused(ImageProblem.TooManyPixels, file);
    }

    [Fact]
    public void Process_CutShort_IsTruncated() => AssertRefused(ImageProblem.Truncated, Photo[..(Photo.Length * 2 / 3)]);

    [Fact]
    public void Process_CutShortWithEndMarkerAppended_IsTruncated() =>
        AssertRefused(ImageProblem.Truncated, [.. Photo.AsSpan(0, Photo.Length * 2 / 3), 0xFF, 0xD9]);

    [Fact]
    public void Process_ZipAppended_IsTrailingData()
    {
        byte[] zip = [.. "PK\x03\x04"u8, 20, 0, 0, 0, 0, 0, .. new byte[18], 9, 0, 0, 0, .. "evil.html"u8, .. "PK\x05\x06"u8, .. new byte[18]];
        AssertRefused(ImageProblem.TrailingData, [.. Photo, .. zip]);
    }

    [Fact]
    public void Process_HtmlAppended_IsTrailingData() =>
        AssertRefused(ImageProblem.TrailingData, [.. Photo, .. "<html><script>alert(document.cookie)</script></html>"u8]);

    [Fact]
    public void Process_ZeroPaddingAfterEnd_IsAcceptedWithoutThePadding()
    {
        var outcome = Processor.Process([.. Photo, .. new byte[512]]);

        Assert.Null(outcome.Problem);
        Assert.Equal([0xFF, 0xD9], outcome.Image!.Jpeg[^2..]);
    }

    [Fact]
    public void Process_ProcessTheDecoderDoesNotSupport_IsUnreadable()
    {
        // The same file relabelled as lossless JPEG (SOF3), which libjpeg-turbo 2.x refuses.
        var file = Photo.ToArray();
        file[file.AsSpan().IndexOf([(byte)0xFF, (byte)0xC0]) + 1] = 0xC3;
        AssertRefused(ImageProblem.Unreadable, file);
    }

    [Fact]
    public void Process_NoFrameHeader_IsUnreadable() => AssertRefused(ImageProblem.Unreadable, [0xFF, 0xD8, .. JpegSegments.Comment(), 0xFF, 0xD9]);

    private static void AssertRefused(ImageProblem expected, byte[] file)
    {
        var outcome = Processor.Process(file);
        Assert.Equal(expected, outcome.Problem);
        Assert.Null(outcome.Image);
    }
}
