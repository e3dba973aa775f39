using KosovoElections.Infrastructure.Images;
using KosovoElections.Infrastructure.Images.Native;
using Microsoft.Extensions.Logging.Abstractions;

namespace KosovoElections.IntegrationTests.Images;

/// <summary>
/// The stored image is upright whatever EXIF orientation the camera wrote. The test picture is grey with a red
/// block in its top-left corner and a green one in its top-right corner, as the sensor saw it.
/// </summary>
public sealed class ImageOrientationTests
{
    private static readonly TurboJpegImageProcessor Processor = new(NullLogger<TurboJpegImageProcessor>.Instance);

    private enum Corner
    {
        TopLeft,
        TopRight,
        BottomLeft,
        BottomRight,
    }

    [Theory]
    [InlineData(1, Corner.TopLeft, Corner.TopRight)]
    [InlineData(2, Corner.TopRight, Corner.TopLeft)]
    [InlineData(3, Corner.BottomRight, Corner.BottomLeft)]
    [InlineData(4, Corner.BottomLeft, Corner.BottomRight)]
    [InlineData(5, Corner.TopLeft, Corner.BottomLeft)]
    [InlineData(6, Corner.TopRight, Corner.BottomRight)]
    [InlineData(7, Corner.BottomRight, Corner.TopRight)]
    [InlineData(8, Corner.BottomLeft, Corner.TopLeft)]
    public void Process_ExifOrientation_StoresTheImageUpright(int orientation, object red, object green)
    {
        // 96 × 64 is a whole number of 4:2:0 MCUs, so every orientation is a lossless transform.
        using var stored = StoreWithOrientation(96, 64, orientation);

        Assert.Equal(orientation >= 5 ? (64, 96) : (96, 64), (stored.Width, stored.Height));
        Assert.Equal((Corner)red, ColouredCorner(stored, isRed: true));
        Assert.Equal((Corner)green, ColouredCorner(stored, isRed: false));
    }

    [Theory]
    [InlineData(3, Corner.BottomRight)]
    [InlineData(6, Corner.TopRight)]
    public void Process_BigEndianExif_StoresTheImageUpright(int orientation, object red)
    {
        using var stored = StoreWithOrientation(96, 64, orientation, bigEndian: true);

        Assert.Equal((Corner)red, ColouredCorner(stored, isRed: true));
    }

    [Fact]
    public void Process_RotatedImageWithPartialEdgeBlocks_TrimsTheEdgeAndStaysUpright()
    {
        // 1001 × 667 in 4:2:0 (16 × 16 MCUs): a 90° turn cannot move the partial bottom row of blocks losslessly,
        // so the stored image loses those 11 rows: 667 - 667 % 16 = 656.
        using var stored = StoreWithOrientation(1001, 667, 6);

        Assert.Equal((656, 1001), (stored.Width, stored.Height));
        Assert.Equal(Corner.TopRight, ColouredCorner(stored, isRed: true));
    }

    [Fact]
    public void Process_RotatedImageSmallerThanOneBlock_IsReencodedUpright()
    {
        // 14 × 12 is less than one 16 × 16 MCU: nothing to trim, so the pipeline decodes, turns and re-encodes.
        using var stored = StoreWithOrientation(14, 12, 8, block: 4);

        Assert.Equal((12, 14), (stored.Width, stored.Height));
        Assert.Equal(Corner.BottomLeft, ColouredCorner(stored, isRed: true, block: 4));
    }

    private static PixelBuffer StoreWithOrientation(int width, int height, int orientation, bool bigEndian = false, int block = 16)
    {
        var sensor = SyntheticPhoto.Encode(width, height, (x, y) =>
            (x < block, x >= width - block, y < block) switch
            {
                (true, _, true) => (220, 20, 20),
                (_, true, true) => (20, 200, 20),
                _ => (128, 128, 128),
            }, quality: 95);
        var outcome = Processor.Process(JpegSegments.InsertAfterSoi(sensor, JpegSegments.Exif(orientation, bigEndian: bigEndian)));
        Assert.Null(outcome.Problem);
        using var handle = TurboJpegHandle.Create();
        var (storedWidth, storedHeight) = TurboJpeg.ReadSize(handle, outcome.Image!.Jpeg);
        Assert.Equal((storedWidth, storedHeight), (outcome.Image.Facts.Width, outcome.Image.Facts.Height));
        return TurboJpeg.Decompress(handle, outcome.Image.Jpeg, storedWidth, storedHeight, 3);
    }

    private static Corner ColouredCorner(PixelBuffer image, bool isRed, int block = 16)
    {
        var inset = block / 2;
        var corners = new[]
        {
            (Corner.TopLeft, X: inset, Y: inset),
            (Corner.TopRight, X: image.Width - 1 - inset, Y: inset),
            (Corner.BottomLeft, X: inset, Y: image.Height - 1 - inset),
            (Corner.BottomRight, X: image.Width - 1 - inset, Y: image.Height - 1 - inset),
        };
        var matches = corners.Where(c =>
        {
            var i = ((c.Y * image.Width) + c.X) * 3;
            var (r, g) = (image.Pixels[i], image.Pixels[i + 1]);
            return isRed ? r > 160 && g < 90 : g > 150 && r < 90;
        }).Select(c => c.Item1).ToList();
        return Assert.Single(matches);
    }
}
