using KosovoElections.Infrastructure.Images;
using Microsoft.Extensions.Logging.Abstractions;

namespace KosovoElections.IntegrationTests.Images;

/// <summary>Nothing but image data is kept: no EXIF (and so no GPS position), no Photoshop/IPTC block, no comment.</summary>
public sealed class ImageMetadataTests
{
    private static readonly TurboJpegImageProcessor Processor = new(NullLogger<TurboJpegImageProcessor>.Instance);

    public static TheoryData<int> Orientations => [1, 6];

    [Theory]
    [MemberData(nameof(Orientations))]
    public void Process_ExifWithGpsIptcAndComment_KeepsNoneOfThem(int orientation)
    {
        var file = JpegSegments.InsertAfterSoi(
            SyntheticPhoto.Camera(640, 480),
            JpegSegments.Exif(orientation, withGps: true),
            JpegSegments.PhotoshopIptc(),
            JpegSegments.Comment());
        Assert.True(JpegSegments.Contains(file, JpegSegments.GpsSecret), "the test file must carry the GPS tag");

        var image = Processor.Process(file).Image!;

        foreach (var kept in new[] { image.Jpeg, image.Thumbnail })
        {
            Assert.False(JpegSegments.Contains(kept, JpegSegments.GpsSecret));
            Assert.False(JpegSegments.Contains(kept, JpegSegments.IptcSecret));
            Assert.False(JpegSegments.Contains(kept, JpegSegments.CommentSecret));
            Assert.False(JpegSegments.Contains(kept, "Exif"));
            Assert.True(kept.AsSpan().IndexOf(JpegSegments.GpsLatitude) < 0);

            // Only libjpeg's own JFIF header may precede the image data; no other APPn and no COM.
            var markers = JpegSegments.MarkersBeforeScan(kept);
            Assert.DoesNotContain(markers, m => m is (> 0xE0 and <= 0xEF) or 0xFE);
            Assert.Equal([0xFF, 0xD9], kept[^2..]);
        }
    }
}
