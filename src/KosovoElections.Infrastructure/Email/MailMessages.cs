using System.Text;
using KosovoElections.Application.Email;
using MimeKit;
using MimeKit.Text;
using MimeKit.Utils;

namespace KosovoElections.Infrastructure.Email;

internal static class MailMessages
{
    /// <summary>
    /// multipart/alternative with the text part first, so that clients that can show HTML prefer it (RFC 2046 orders
    /// alternatives from plainest to richest). Auto-Submitted (RFC 3834) keeps vacation responders from answering.
    /// </summary>
    public static MimeMessage Create(EmailMessage email, string from, DateTimeOffset now)
    {
        var sender = MailboxAddress.Parse(from);
        var message = new MimeMessage
        {
            Subject = email.Subject,
            Date = now,
            MessageId = MimeUtils.GenerateMessageId(sender.Domain),
            Body = new MultipartAlternative { Part(TextFormat.Plain, email.TextBody), Part(TextFormat.Html, email.HtmlBody) },
        };
        message.From.Add(sender);
        message.To.Add(MailboxAddress.Parse(email.To));
        message.Headers.Add(HeaderId.ContentLanguage, email.Language);
        message.Headers.Add("Auto-Submitted", "auto-generated");
        return message;
    }

    private static TextPart Part(TextFormat format, string body)
    {
        // Quoted-printable keeps the Albanian and Serbian text mostly readable in the raw message, and lines short.
        var part = new TextPart(format) { ContentTransferEncoding = ContentEncoding.QuotedPrintable };
        part.SetText(Encoding.UTF8, body);
        return part;
    }
}
