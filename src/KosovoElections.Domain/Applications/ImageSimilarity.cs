using System.Numerics;

namespace KosovoElections.Domain.Applications;

/// <summary>
/// When two photos are "the same picture" by their 64-bit perceptual hashes: at most <see cref="MaxDistance"/> bits
/// apart. Each hash is also cut into four 16-bit bands; two hashes that close always share a band (pigeonhole), so a
/// search looks only at documents with an equal band, through an index, instead of comparing with every photo.
/// </summary>
public static class ImageSimilarity
{
    /// <summary>The largest Hamming distance still counted as a near-equal image.</summary>
    public const int MaxDistance = 3;

    public static int Distance(long a, long b) => BitOperations.PopCount((ulong)(a ^ b));

    public static bool AreNearEqual(long a, long b) => Distance(a, b) <= MaxDistance;

    /// <summary>Band 0..3 of a hash: its 16-bit quarters from the lowest.</summary>
    public static int Band(long hash, int band) => (int)(((ulong)hash >> (16 * band)) & 0xFFFF);
}
