using System.Security.Cryptography;
using KosovoElections.Application.Documents;
using KosovoElections.Infrastructure.Images;
using KosovoElections.Infrastructure.Images.Native;
using Microsoft.Extensions.Logging.Abstractions;

namespace KosovoElections.IntegrationTests.Images;

/// <summary>The thumbnail and the facts a reviewer's checks read: size, hash, brightness, sharpness, perceptual hash.</summary>
public sealed class ImageFactsTests
{
    private static readonly TurboJpegImageProcessor Processor = new(NullLogger<TurboJpegImageProcessor>.Instance);

    [Theory]
    [InlineData(2048, 1536, 400, 300)]
    [InlineData(1536, 2048, 300, 400)]
    [InlineData(1001, 667, 400, 267)]
    [InlineData(640, 480, 400, 300)]
    [InlineData(300, 200, 300, 200)]
    [InlineData(37, 23, 37, 23)]
    public void Process_Size_KeepsTheSizeAndMakesAThumbnailOfAtMost400(int width, int height, int thumbnailWidth, int thumbnailHeight)
    {
        var image = Accept(SyntheticPhoto.Camera(width, height));

        Assert.Equal((width, height), (image.Facts.Width, image.Facts.Height));
        using var handle = TurboJpegHandle.Create();
        Assert.Equal((width, height), TurboJpeg.ReadSize(handle, image.Jpeg));
        Assert.Equal((thumbnailWidth, thumbnailHeight), TurboJpeg.ReadSize(handle, image.Thumbnail));
    }

    [Fact]
    public void Process_AnyImage_Sha256IsOfTheStoredBytes()
    {
        var image = Accept(SyntheticPhoto.Camera(640, 480));

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(image.Jpeg)), image.Facts.Sha256);
        Assert.Matches("^[0-9a-f]{64}$", image.Facts.Sha256);
    }

    [Fact]
    public void Process_DarkAndLightPictures_BrightnessFollows()
    {
        var dark = Accept(SyntheticPhoto.Encode(640, 480, (x, y) => (30, 30, 40))).Facts.Brightness;
        var light = Accept(SyntheticPhoto.Encode(640, 480, (x, y) => (220, 225, 210))).Facts.Brightness;

        Assert.InRange(dark, 25, 40);
        Assert.InRange(light, 210, 230);
    }

    [Fact]
    public void Process_BlurredPicture_IsLessSharpThanACheckerboard()
    {
        var checkerboard = Accept(SyntheticPhoto.Encode(800, 600, (x, y) => ((x / 8) + (y / 8)) % 2 == 0 ? (240, 240, 240) : (15, 15, 15)));
        var blurred = Accept(SyntheticPhoto.Encode(800, 600, (x, y) =>
        {
            var level = (int)(128 + (100 * Math.Sin(x / 60.0) * Math.Cos(y / 60.0)));
            return (level, level, level);
        }));

        Assert.True(
            blurred.Facts.Sharpness * 10 < checkerboard.Facts.Sharpness,
            $"blurred {blurred.Facts.Sharpness:F1}, checkerboard {checkerboard.Facts.Sharpness:F1}");
    }

    [Fact]
    public void Process_SamePictureAtAnotherQuality_HasTheSamePerceptualHash()
    {
        // dHash is stable where neighbouring cells differ; in flat areas re-compression can flip a bit, which is why
        // comparing hashes means counting differing bits. This picture has structure everywhere.
        var fine = Accept(SyntheticPhoto.Mosaic(1200, 900, seed: 7, quality: 95)).Facts.PerceptualHash;
        var coarse = Accept(SyntheticPhoto.Mosaic(1200, 900, seed: 7, quality: 60)).Facts.PerceptualHash;
        var other = Accept(SyntheticPhoto.Mosaic(1200, 900, seed: 8, quality: 95)).Facts.PerceptualHash;

        Assert.Equal(fine, coarse);
        Assert.NotEqual(fine, other);
        Assert.True(long.PopCount(fine ^ other) > 10, $"only {long.PopCount(fine ^ other)} bits differ");
    }

    [Fact]
    public void Process_EightImagesAtOnce_AllAccepted()
    {
        var photos = Enumerable.Range(1, 8).Select(seed => SyntheticPhoto.Camera(1024, 768, seed)).ToArray();

        var outcomes = photos.AsParallel().WithDegreeOfParallelism(8).Select(photo => Processor.Process(photo)).ToArray();

        Assert.All(outcomes, outcome => Assert.Null(outcome.Problem));
        Assert.Equal(8, outcomes.Select(o => o.Image!.Facts.Sha256).Distinct().Count());
    }

    private static ProcessedImage Accept(byte[] file)
    {
        var outcome = Processor.Process(file);
        Assert.Null(outcome.Problem);
        return outcome.Image!;
    }
}
