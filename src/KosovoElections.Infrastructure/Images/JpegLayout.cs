using System.Buffers.Binary;

namespace KosovoElections.Infrastructure.Images;

/// <summary>What the marker walk found, before any decoding.</summary>
internal enum LayoutVerdict
{
    Complete,
    NoFrame,
    Truncated,
    TrailingData,
    Malformed,
}

/// <summary>
/// The JPEG's segments walked without decoding: the size its frame header declares (so a pixel flood is refused
/// before the decoder allocates anything), the EXIF orientation, and whether the file ends at its EOI marker.
/// </summary>
internal readonly record struct JpegLayout(LayoutVerdict Verdict, int Width, int Height, int Orientation)
{
    /// <summary>Cameras and some encoders pad after EOI with zeros; more than this is not padding.</summary>
    public const int MaxZeroPadding = 4096;

    public long Pixels => (long)Width * Height;

    public static bool HasJpegSignature(ReadOnlySpan<byte> file) =>
        file.Length >= 3 && file[0] == 0xFF && file[1] == 0xD8 && file[2] == 0xFF;

    public static JpegLayout Walk(ReadOnlySpan<byte> file)
    {
        int width = 0, height = 0, orientation = 1;
        var position = 2;
        while (true)
        {
            // A marker is one or more 0xFF (the extra ones are fill) and a code.
            var markerStart = position;
            while (position < file.Length && file[position] == 0xFF)
            {
                position++;
            }

            if (position >= file.Length)
            {
                return new(LayoutVerdict.Truncated, width, height, orientation);
            }

            var marker = file[position++];
            if (position - 1 == markerStart || marker == 0x00 || marker == 0xD8)
            {
                return new(LayoutVerdict.Malformed, width, height, orientation);
            }

            if (marker == 0xD9)
            {
                var verdict = width == 0 ? LayoutVerdict.NoFrame : Trailing(file[position..]);
                return new(verdict, width, height, orientation);
            }

            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                continue;
            }

            if (position + 2 > file.Length)
            {
                return new(LayoutVerdict.Truncated, width, height, orientation);
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(file[position..]);
            if (length < 2)
            {
                return new(LayoutVerdict.Malformed, width, height, orientation);
            }

            if (position + length > file.Length)
            {
                return new(LayoutVerdict.Truncated, width, height, orientation);
            }

            var segment = file.Slice(position + 2, length - 2);
            position += length;
            if (IsStartOfFrame(marker) && segment.Length >= 5)
            {
                // Hierarchical files may hold several frames; the largest one is what a decoder would allocate.
                var (frameHeight, frameWidth) = (BinaryPrimitives.ReadUInt16BigEndian(segment[1..]), BinaryPrimitives.ReadUInt16BigEndian(segment[3..]));
                if ((long)frameWidth * frameHeight >= (long)width * height)
                {
                    (width, height) = (frameWidth, frameHeight);
                }
            }
            else if (marker == 0xE1 && orientation == 1)
            {
                orientation = ExifOrientation.Read(segment);
            }
            else if (marker == 0xDA)
            {
                position = EndOfEntropyData(file, position);
            }
        }
    }

    private static bool IsStartOfFrame(byte marker) => marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;

    /// <summary>Entropy-coded data ends at the first 0xFF that is neither a stuffed 0xFF00 nor a restart marker.</summary>
    private static int EndOfEntropyData(ReadOnlySpan<byte> file, int position)
    {
        while (true)
        {
            var next = file[position..].IndexOf((byte)0xFF);
            if (next < 0 || position + next + 1 >= file.Length)
            {
                return file.Length;
            }

            position += next;
            var following = file[position + 1];
            if (following != 0x00 && following is not (>= 0xD0 and <= 0xD7) && following != 0xFF)
            {
                return position;
            }

            position += following == 0xFF ? 1 : 2;
        }
    }

    private static LayoutVerdict Trailing(ReadOnlySpan<byte> rest) =>
        rest.Length <= MaxZeroPadding && !rest.ContainsAnyExcept((byte)0) ? LayoutVerdict.Complete : LayoutVerdict.TrailingData;
}
