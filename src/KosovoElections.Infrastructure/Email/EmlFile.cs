using System.Text;
using System.Text.RegularExpressions;

namespace KosovoElections.Infrastructure.Email;

/// <summary>
/// Reads back the .eml files that System.Net.Mail writes (and what a test SMTP server stores): headers with RFC 2047
/// encoded words, a multipart/alternative body with base64 or quoted-printable parts. Enough for /dev/mail and tests,
/// not a general MIME parser.
/// </summary>
public sealed partial class EmlFile
{
    private EmlFile(IReadOnlyDictionary<string, string> headers, string? text, string? html)
    {
        Headers = headers;
        Text = text;
        Html = html;
    }

    public IReadOnlyDictionary<string, string> Headers { get; }

    public string Subject => Headers.GetValueOrDefault("Subject", string.Empty);

    public string To => Headers.GetValueOrDefault("To", string.Empty);

    public string? Text { get; }

    public string? Html { get; }

    public static EmlFile Read(string path) => Parse(File.ReadAllText(path, Encoding.Latin1));

    public static EmlFile Parse(string raw)
    {
        var (headers, body) = Split(raw);
        var parts = new List<(IReadOnlyDictionary<string, string> Headers, string Body)>();
        Collect(headers, body, parts);
        string? PartOf(string mediaType) => parts
            .Where(p => p.Headers.GetValueOrDefault("Content-Type", "text/plain").StartsWith(mediaType, StringComparison.OrdinalIgnoreCase))
            .Select(p => DecodeBody(p.Headers, p.Body))
            .FirstOrDefault();
        return new EmlFile(headers, PartOf("text/plain"), PartOf("text/html"));
    }

    private static void Collect(IReadOnlyDictionary<string, string> headers, string body, List<(IReadOnlyDictionary<string, string>, string)> parts)
    {
        var contentType = headers.GetValueOrDefault("Content-Type", "text/plain");
        var boundary = BoundaryPattern().Match(contentType);
        if (!contentType.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) || !boundary.Success)
        {
            parts.Add((headers, body));
            return;
        }

        var delimiter = "--" + boundary.Groups[1].Value;
        var sections = body.Split(delimiter);
        foreach (var section in sections.Skip(1))
        {
            if (section.StartsWith("--", StringComparison.Ordinal))
            {
                break;
            }

            var (partHeaders, partBody) = Split(section.TrimStart('\r', '\n'));
            Collect(partHeaders, partBody, parts);
        }
    }

    private static (IReadOnlyDictionary<string, string> Headers, string Body) Split(string raw)
    {
        var normalized = raw.Replace("\r\n", "\n", StringComparison.Ordinal);
        var end = normalized.IndexOf("\n\n", StringComparison.Ordinal);
        var head = end < 0 ? normalized : normalized[..end];
        var body = end < 0 ? string.Empty : normalized[(end + 2)..];
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? name = null;
        foreach (var line in head.Split('\n'))
        {
            if (line.Length > 0 && (line[0] == ' ' || line[0] == '\t') && name is not null)
            {
                headers[name] += " " + line.Trim();
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                name = line[..colon].Trim();
                headers[name] = line[(colon + 1)..].Trim();
            }
        }

        return (headers.ToDictionary(h => h.Key, h => DecodeWords(h.Value), StringComparer.OrdinalIgnoreCase), body);
    }

    private static string DecodeBody(IReadOnlyDictionary<string, string> headers, string body)
    {
        var charset = CharsetPattern().Match(headers.GetValueOrDefault("Content-Type", string.Empty)) is { Success: true } m ? m.Groups[1].Value : "us-ascii";
        var encoding = Encoding.GetEncoding(charset);
        return headers.GetValueOrDefault("Content-Transfer-Encoding", "7bit").ToLowerInvariant() switch
        {
            "base64" => encoding.GetString(Convert.FromBase64String(string.Concat(body.Where(c => !char.IsWhiteSpace(c))))),
            "quoted-printable" => encoding.GetString(QuotedPrintable(body)),
            _ => encoding.GetString(Encoding.Latin1.GetBytes(body)),
        };
    }

    private static byte[] QuotedPrintable(string body)
    {
        var bytes = new List<byte>(body.Length);
        var unfolded = body.Replace("=\n", string.Empty, StringComparison.Ordinal);
        for (var i = 0; i < unfolded.Length; i++)
        {
            if (unfolded[i] == '=' && i + 2 < unfolded.Length && Uri.IsHexDigit(unfolded[i + 1]) && Uri.IsHexDigit(unfolded[i + 2]))
            {
                bytes.Add(Convert.ToByte(unfolded.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.Add((byte)unfolded[i]);
            }
        }

        return [.. bytes];
    }

    /// <summary>RFC 2047: =?charset?B|Q?text?=; adjacent encoded words are joined as bytes (a letter may span two words).</summary>
    private static string DecodeWords(string value)
    {
        var result = new StringBuilder();
        var pending = new List<byte>();
        Encoding? pendingEncoding = null;
        var position = 0;
        void Flush()
        {
            if (pendingEncoding is not null)
            {
                result.Append(pendingEncoding.GetString([.. pending]));
            }

            pending.Clear();
            pendingEncoding = null;
        }

        foreach (Match word in EncodedWordPattern().Matches(value))
        {
            var between = value[position..word.Index];
            var encoding = Encoding.GetEncoding(word.Groups[1].Value);
            if (pendingEncoding is null || !string.IsNullOrWhiteSpace(between) || !Equals(encoding, pendingEncoding))
            {
                Flush();
                result.Append(between);
            }

            var text = word.Groups[3].Value;
            pending.AddRange(string.Equals(word.Groups[2].Value, "B", StringComparison.OrdinalIgnoreCase)
                ? Convert.FromBase64String(text)
                : QuotedPrintable(text.Replace('_', ' ')));
            pendingEncoding = encoding;
            position = word.Index + word.Length;
        }

        Flush();
        result.Append(value[position..]);
        return result.ToString();
    }

    [GeneratedRegex("boundary=\"?([^\";]+)\"?", RegexOptions.IgnoreCase)]
    private static partial Regex BoundaryPattern();

    [GeneratedRegex("charset=\"?([^\";]+)\"?", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetPattern();

    [GeneratedRegex(@"=\?([^?]+)\?([BbQq])\?([^?]*)\?=")]
    private static partial Regex EncodedWordPattern();

}
