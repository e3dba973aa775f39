using System.IO.Compression;
using System.Text;
using KosovoElections.Domain;

namespace KosovoElections.Application.Documents;

/// <summary>Why a PDF scan was refused; each has a message in every UI language.</summary>
[ShownToPeople]
public enum PdfProblem
{
    TooLarge,
    NotPdf,

    /// <summary>No trailer, cross-reference table or end-of-file marker where a PDF keeps them: cut off or not a PDF at all.</summary>
    Broken,
    NoPages,
    TooManyPages,

    /// <summary>Scripts, actions run on opening, launched programs or embedded files: never in a scan.</summary>
    Active,
    Encrypted,
}

/// <summary>
/// The checks a PDF scan of a paper application's document passes before it is stored as it came (nothing is rendered
/// from it on the server; decision 0016): the header, the trailer and the cross-reference it points to, 1 to
/// <see cref="MaxPages"/> page objects (<c>/Type /Page</c>, never <c>/Pages</c>), no active content and no encryption.
/// Names are read as PDF names (<c>#xx</c> escapes decoded), and compressed object streams are inflated and read too, so
/// a script cannot hide behind either.
/// </summary>
public static class PdfScan
{
    public const int MaxBytes = 10 * 1024 * 1024;
    public const int MaxPages = 10;

    private const int MaxInflatedBytes = 20 * 1024 * 1024;

    private static readonly HashSet<string> ActiveNames = ["JavaScript", "JS", "OpenAction", "Launch", "EmbeddedFile", "EmbeddedFiles", "AA", "RichMedia", "XFA"];

    /// <summary>The number of pages, or the problem.</summary>
    public static (int Pages, PdfProblem? Problem) Check(ReadOnlySpan<byte> pdf)
    {
        if (pdf.Length > MaxBytes)
        {
            return (0, PdfProblem.TooLarge);
        }

        if (!IsPdf(pdf))
        {
            return (0, PdfProblem.NotPdf);
        }

        if (!HasTrailer(pdf))
        {
            return (0, PdfProblem.Broken);
        }

        var names = new NameCounts();
        if (!Read(pdf, names, depth: 0))
        {
            return (0, PdfProblem.Broken);
        }

        return names.Encrypted ? (0, PdfProblem.Encrypted)
            : names.Active ? (0, PdfProblem.Active)
            : names.Pages == 0 ? (0, PdfProblem.NoPages)
            : names.Pages > MaxPages ? (names.Pages, PdfProblem.TooManyPages)
            : (names.Pages, null);
    }

    /// <summary>True when the bytes start as a PDF does (<c>%PDF-</c>).</summary>
    public static bool IsPdf(ReadOnlySpan<byte> content) => content.StartsWith("%PDF-"u8);

    /// <summary>
    /// <c>%%EOF</c> near the end, after <c>startxref</c> and an offset that lands on a cross-reference table
    /// (<c>xref</c>) or a cross-reference stream (<c>N G obj</c>) inside the file.
    /// </summary>
    private static bool HasTrailer(ReadOnlySpan<byte> pdf)
    {
        var tail = pdf[Math.Max(0, pdf.Length - 2048)..];
        var eof = tail.LastIndexOf("%%EOF"u8);
        var start = tail.LastIndexOf("startxref"u8);
        if (eof < 0 || start < 0 || start > eof)
        {
            return false;
        }

        var digits = Encoding.ASCII.GetString(tail[(start + "startxref".Length)..eof]).Trim();
        if (!long.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var offset) || offset <= 0 || offset >= pdf.Length)
        {
            return false;
        }

        var at = pdf[(int)offset..];
        return at.StartsWith("xref"u8) || (at.Length > 0 && char.IsAsciiDigit((char)at[0]) && at[..Math.Min(at.Length, 32)].IndexOf("obj"u8) > 0);
    }

    private sealed class NameCounts
    {
        public int Pages { get; set; }

        public bool Active { get; set; }

        public bool Encrypted { get; set; }

        public string? Previous { get; set; }
    }

    /// <summary>Reads every name of <paramref name="content"/>, and inflates the compressed object streams it holds.</summary>
    private static bool Read(ReadOnlySpan<byte> content, NameCounts names, int depth)
    {
        for (var i = 0; i < content.Length; i++)
        {
            if (content[i] != (byte)'/')
            {
                continue;
            }

            var end = i + 1;
            while (end < content.Length && !IsDelimiter(content[end]))
            {
                end++;
            }

            var name = DecodeName(content[(i + 1)..end]);
            if (name is null)
            {
                return false;
            }

            names.Active |= ActiveNames.Contains(name);
            names.Encrypted |= name == "Encrypt";
            if (name == "Page" && names.Previous == "Type")
            {
                names.Pages++;
            }

            if (name == "ObjStm" && !InflateObjectStream(content, end, names, depth))
            {
                return false;
            }

            names.Previous = name;
            i = end - 1;
        }

        return true;
    }

    /// <summary>
    /// The object stream whose dictionary holds <c>/ObjStm</c> at <paramref name="from"/>: its direct <c>/Length</c>,
    /// <c>/FlateDecode</c> only (a scanner writes nothing else), inflated up to a bound and read like the file.
    /// </summary>
    private static bool InflateObjectStream(ReadOnlySpan<byte> content, int from, NameCounts names, int depth)
    {
        var rest = content[from..];
        var stream = rest.IndexOf("stream"u8);
        var dictionaryEnd = rest.IndexOf(">>"u8);
        if (depth > 0 || stream < 0 || dictionaryEnd < 0)
        {
            return false;
        }

        var dictionary = Encoding.ASCII.GetString(content[Math.Max(0, from - 512)..(from + dictionaryEnd)]);
        var lengthAt = dictionary.LastIndexOf("/Length", StringComparison.Ordinal);
        if (!dictionary.Contains("/FlateDecode", StringComparison.Ordinal) || lengthAt < 0)
        {
            return false;
        }

        var lengthText = dictionary[(lengthAt + "/Length".Length)..].TrimStart();
        var digits = new string(lengthText.TakeWhile(char.IsAsciiDigit).ToArray());
        // An indirect length ("12 0 R") would need the object it names: a scanner writes the length directly.
        if (digits.Length == 0 || System.Text.RegularExpressions.Regex.IsMatch(lengthText[digits.Length..], @"^\s+\d+\s+R"))
        {
            return false;
        }

        var length = int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
        var dataStart = stream + "stream".Length;
        dataStart += rest[dataStart..].StartsWith("\r\n"u8) ? 2 : 1;
        if (length < 0 || dataStart + length > rest.Length)
        {
            return false;
        }

        try
        {
            using var input = new MemoryStream(rest.Slice(dataStart, length).ToArray());
            using var zlib = new ZLibStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = zlib.Read(buffer)) > 0)
            {
                if (output.Length + read > MaxInflatedBytes)
                {
                    return false;
                }

                output.Write(buffer, 0, read);
            }

            return Read(output.GetBuffer().AsSpan(0, (int)output.Length), names, depth + 1);
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    /// <summary>A PDF name with its <c>#xx</c> escapes decoded; null for a broken escape.</summary>
    private static string? DecodeName(ReadOnlySpan<byte> raw)
    {
        var decoded = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] != (byte)'#')
            {
                decoded.Append((char)raw[i]);
                continue;
            }

            if (i + 2 >= raw.Length || !byte.TryParse(Encoding.ASCII.GetString(raw.Slice(i + 1, 2)), System.Globalization.NumberStyles.HexNumber, null, out var value))
            {
                return null;
            }

            decoded.Append((char)value);
            i += 2;
        }

        return decoded.ToString();
    }

    private static bool IsDelimiter(byte b) => b is (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t' or (byte)'\f' or 0
        or (byte)'/' or (byte)'[' or (byte)']' or (byte)'<' or (byte)'>' or (byte)'(' or (byte)')' or (byte)'{' or (byte)'}' or (byte)'%';
}
