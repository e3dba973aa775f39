using System.Buffers.Binary;

namespace KosovoElections.Infrastructure.Images;

/// <summary>
/// The EXIF orientation (tag 0x0112 of IFD0) read from an APP1 segment's payload, bounds-checked at every step
/// because the bytes come from the applicant. Anything unreadable counts as 1, "as stored".
/// </summary>
internal static class ExifOrientation
{
    private const ushort OrientationTag = 0x0112;
    private const ushort ShortType = 3;

    public static int Read(ReadOnlySpan<byte> app1)
    {
        if (!app1.StartsWith("Exif\0\0"u8))
        {
            return 1;
        }

        var tiff = app1[6..];
        if (tiff.Length < 8)
        {
            return 1;
        }

        var littleEndian = tiff.StartsWith("II*\0"u8);
        if (!littleEndian && !tiff.StartsWith("MM\0*"u8))
        {
            return 1;
        }

        var ifd = ReadUInt32(tiff[4..], littleEndian);
        if (ifd > (uint)tiff.Length - 2)
        {
            return 1;
        }

        var count = ReadUInt16(tiff[(int)ifd..], littleEndian);
        var entries = tiff[((int)ifd + 2)..];
        for (var i = 0; i < count && (i + 1) * 12 <= entries.Length; i++)
        {
            var entry = entries.Slice(i * 12, 12);
            if (ReadUInt16(entry, littleEndian) == OrientationTag && ReadUInt16(entry[2..], littleEndian) == ShortType)
            {
                var value = ReadUInt16(entry[8..], littleEndian);
                return value is >= 1 and <= 8 ? value : 1;
            }
        }

        return 1;
    }

    private static ushort ReadUInt16(ReadOnlySpan<byte> bytes, bool littleEndian) =>
        littleEndian ? BinaryPrimitives.ReadUInt16LittleEndian(bytes) : BinaryPrimitives.ReadUInt16BigEndian(bytes);

    private static uint ReadUInt32(ReadOnlySpan<byte> bytes, bool littleEndian) =>
        littleEndian ? BinaryPrimitives.ReadUInt32LittleEndian(bytes) : BinaryPrimitives.ReadUInt32BigEndian(bytes);
}
