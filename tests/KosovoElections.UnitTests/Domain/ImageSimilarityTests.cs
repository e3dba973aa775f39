using KosovoElections.Domain.Applications;

namespace KosovoElections.UnitTests.Domain;

/// <summary>Near-equal perceptual hashes, and the bands that let the search find them through an index.</summary>
public sealed class ImageSimilarityTests
{
    [Theory]
    [InlineData(0L, 0L, 0)]
    [InlineData(0L, 1L, 1)]
    [InlineData(0L, -1L, 64)]
    [InlineData(0x0F0FL, 0x0F00L, 4)]
    [InlineData(long.MinValue, 0L, 1)]
    public void Distance_IsTheNumberOfDifferentBits(long a, long b, int distance)
    {
        Assert.Equal(distance, ImageSimilarity.Distance(a, b));
        Assert.Equal(distance, ImageSimilarity.Distance(b, a));
    }

    [Fact]
    public void AreNearEqual_UpToThreeBits()
    {
        Assert.True(ImageSimilarity.AreNearEqual(0b1011, 0b1011));
        Assert.True(ImageSimilarity.AreNearEqual(0, 0b111));
        Assert.False(ImageSimilarity.AreNearEqual(0, 0b1111));
    }

    [Fact]
    public void Band_IsEachSixteenBitQuarterFromTheLowest()
    {
        var hash = unchecked((long)0xFEDC_BA98_7654_3210UL);

        Assert.Equal([0x3210, 0x7654, 0xBA98, 0xFEDC], Enumerable.Range(0, 4).Select(band => ImageSimilarity.Band(hash, band)));
    }

    [Fact]
    public void Band_TwoHashesAtMostThreeBitsApart_AlwaysShareOne()
    {
        var random = new Random(20270301);
        for (var i = 0; i < 20_000; i++)
        {
            var a = random.NextInt64() ^ ((long)random.Next() << 33);
            var b = a;
            foreach (var bit in Enumerable.Range(0, 64).OrderBy(_ => random.Next()).Take(random.Next(0, ImageSimilarity.MaxDistance + 1)))
            {
                b ^= 1L << bit;
            }

            Assert.True(ImageSimilarity.AreNearEqual(a, b));
            Assert.Contains(Enumerable.Range(0, 4), band => ImageSimilarity.Band(a, band) == ImageSimilarity.Band(b, band));
        }
    }

    [Fact]
    public void Band_FourBitsOneInEachQuarter_CanShareNone()
    {
        const long a = 0;
        const long b = 1L | (1L << 16) | (1L << 32) | (1L << 48);

        Assert.Equal(4, ImageSimilarity.Distance(a, b));
        Assert.DoesNotContain(Enumerable.Range(0, 4), band => ImageSimilarity.Band(a, band) == ImageSimilarity.Band(b, band));
    }
}
