using System.IO.Compression;
using System.Text;

namespace KosovoElections.IntegrationTests.Postal;

/// <summary>
/// PDF files made in code, as a scanner writes them (catalog, page tree, pages, cross-reference table, trailer), so no
/// binary fixture is committed; <c>catalogExtra</c> adds entries to the catalog and <c>hidden</c> puts objects into a
/// compressed object stream, where a raw search of the file would not see them.
/// </summary>
internal static class ScannedPdf
{
    public static byte[] Make(int pages, string catalogExtra = "", string? hidden = null, string? extraObject = null)
    {
        var body = new StringBuilder("%PDF-1.5\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new List<int>();
        var objects = new List<string>
        {
            $"<< /Type /Catalog /Pages 2 0 R {catalogExtra} >>",
            $"<< /Type /Pages /Kids [{string.Join(' ', Enumerable.Range(0, pages).Select(i => $"{i + 3} 0 R"))}] /Count {pages} >>",
        };
        objects.AddRange(Enumerable.Range(0, pages).Select(_ => "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"));
        if (extraObject is not null)
        {
            objects.Add(extraObject);
        }

        var bytes = new List<byte>();
        void Write(string text) => bytes.AddRange(Encoding.Latin1.GetBytes(text));
        Write(body.ToString());
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(bytes.Count);
            Write($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        if (hidden is not null)
        {
            var inner = Encoding.Latin1.GetBytes($"{objects.Count + 2} 0 {hidden}");
            using var packed = new MemoryStream();
            using (var zlib = new ZLibStream(packed, CompressionLevel.Optimal, leaveOpen: true))
            {
                zlib.Write(inner);
            }

            offsets.Add(bytes.Count);
            Write($"{objects.Count + 1} 0 obj\n<< /Type /ObjStm /N 1 /First 0 /Filter /FlateDecode /Length {packed.Length} >>\nstream\n");
            bytes.AddRange(packed.ToArray());
            Write("\nendstream\nendobj\n");
        }

        var xref = bytes.Count;
        Write($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            Write($"{offset:D10} 00000 n \n");
        }

        Write($"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return [.. bytes];
    }
}
