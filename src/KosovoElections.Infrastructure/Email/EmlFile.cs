using MimeKit;

namespace KosovoElections.Infrastructure.Email;

/// <summary>An .eml file read back through MimeKit's parser: what /dev/mail shows and what the tests check.</summary>
public sealed class EmlFile
{
    private EmlFile(MimeMessage message)
    {
        Message = message;
        // MimeKit keeps the Content-* headers of the top level on the body entity; callers read them as one header block.
        Headers = message.Headers.Concat(message.Body?.Headers ?? [])
            .GroupBy(h => h.Field, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Value, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The parsed message, for what the shortcuts below leave out (its parts, Message-Id, Date).</summary>
    public MimeMessage Message { get; }

    /// <summary>The first value of each header, decoded and unfolded.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    public string Subject => Message.Subject ?? string.Empty;

    public string To => Message.To.ToString();

    public string? Text => Message.TextBody;

    public string? Html => Message.HtmlBody;

    public static EmlFile Read(string path) => new(MimeMessage.Load(path));
}
