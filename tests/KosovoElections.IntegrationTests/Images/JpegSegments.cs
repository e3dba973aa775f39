using System.Text;

namespace KosovoElections.IntegrationTests.Images;

/// <summary>Hand-built JPEG segments (EXIF with GPS, Photoshop IPTC, comments) and a reader of a file's markers.</summary>
internal static class JpegSegments
{
    public const string GpsSecret = "HOME-42.6629N-21.1655E";
    public const string IptcSecret = "IPTC-CAPTION-SECRET";
    public const string CommentSecret = "COMMENT-SECRET";

    /// <summary>The latitude 42° 39' 58.44" as EXIF rationals, the bytes a GPS tag would carry.</summary>
    public static readonly byte[] GpsLatitude = [42, 0, 0, 0, 1, 0, 0, 0, 39, 0, 0, 0, 1, 0, 0, 0, 0xD4, 0x16, 0, 0, 100, 0, 0, 0];

    public static byte[] InsertAfterSoi(byte[] jpeg, params byte[][] segments) =>
        [.. jpeg.AsSpan(0, 2), .. segments.SelectMany(s => s), .. jpeg.AsSpan(2)];

    public static byte[] Segment(byte marker, byte[] payload) =>
        [0xFF, marker, (byte)((payload.Length + 2) >> 8), (byte)(payload.Length + 2), .. payload];

    /// <summary>APP1 Exif, little-endian TIFF: IFD0 with the orientation and, when asked, a GPS IFD.</summary>
    public static byte[] Exif(int orientation, bool withGps = false, bool bigEndian = false)
    {
        var tiff = new TiffWriter(bigEndian);
        var entries = withGps ? 2 : 1;
        var gpsIfd = 8 + 2 + (12 * entries) + 4;
        tiff.Header();
        tiff.UInt16(entries);
        tiff.Entry(0x0112, 3, 1, (uint)orientation << (bigEndian ? 16 : 0));
        if (withGps)
        {
            tiff.Entry(0x8825, 4, 1, (uint)gpsIfd);
            var data = gpsIfd + 2 + (12 * 3) + 4;
            var method = Encoding.ASCII.GetBytes("ASCII\0\0\0" + GpsSecret);
            tiff.UInt32(0);
            tiff.UInt16(3);
            tiff.Entry(0x0001, 2, 2, bigEndian ? 0x4E00_0000u : 'N');
            tiff.Entry(0x0002, 5, 3, (uint)data);
            tiff.Entry(0x001B, 7, (uint)method.Length, (uint)(data + GpsLatitude.Length));
            tiff.UInt32(0);
            tiff.Bytes(GpsLatitude);
            tiff.Bytes(method);
        }
        else
        {
            tiff.UInt32(0);
        }

        return Segment(0xE1, [.. "Exif\0\0"u8, .. tiff.ToArray()]);
    }

    public static byte[] PhotoshopIptc() =>
        Segment(0xED, [.. "Photoshop 3.0\08BIM\x04\x04\0\0"u8, 0, 0, 0, 24, 0x1C, 0x02, 0x78, 0, 19, .. Encoding.ASCII.GetBytes(IptcSecret), 0, 0]);

    public static byte[] Comment() => Segment(0xFE, Encoding.ASCII.GetBytes(CommentSecret));

    /// <summary>The marker codes from SOI up to and including the first SOS (the rest is image data).</summary>
    public static List<byte> MarkersBeforeScan(byte[] jpeg)
    {
        var markers = new List<byte> { jpeg[1] };
        var position = 2;
        while (position + 4 <= jpeg.Length && jpeg[position] == 0xFF)
        {
            var marker = jpeg[position + 1];
            markers.Add(marker);
            if (marker == 0xDA)
            {
                break;
            }

            position += 2 + ((jpeg[position + 2] << 8) | jpeg[position + 3]);
        }

        return markers;
    }

    public static bool Contains(byte[] file, string text) => file.AsSpan().IndexOf(Encoding.ASCII.GetBytes(text)) >= 0;

    private sealed class TiffWriter(bool bigEndian)
    {
        private readonly List<byte> _bytes = [];

        public void Header()
        {
            _bytes.AddRange(bigEndian ? "MM\0*"u8 : "II*\0"u8);
            UInt32(8);
        }

        public void Entry(ushort tag, ushort type, uint count, uint value)
        {
            UInt16(tag);
            UInt16(type);
            UInt32(count);
            UInt32(value);
        }

        public void UInt16(int value) => Bytes(bigEndian ? [(byte)(value >> 8), (byte)value] : [(byte)value, (byte)(value >> 8)]);

        public void UInt32(uint value)
        {
            var bytes = BitConverter.GetBytes(value);
            Bytes(bigEndian ? [.. bytes.Reverse()] : bytes);
        }

        public void Bytes(byte[] bytes) => _bytes.AddRange(bytes);

        public byte[] ToArray() => [.. _bytes];
    }
}
