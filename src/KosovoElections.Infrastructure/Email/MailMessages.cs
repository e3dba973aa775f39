using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using KosovoElections.Application.Email;

namespace KosovoElections.Infrastructure.Email;

internal static class MailMessages
{
    /// <summary>
    /// UTF-8 throughout; the text and the HTML body both as alternate views (setting IsBodyHtml together with
    /// alternate views produced a text-only message), text first so that clients prefer the HTML.
    /// </summary>
    public static MailMessage Create(EmailMessage email, string from)
    {
        var message = new MailMessage
        {
            From = new MailAddress(from),
            Subject = email.Subject,
            SubjectEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
            BodyEncoding = Encoding.UTF8,
        };
        message.To.Add(new MailAddress(email.To));
        message.Headers.Add("Content-Language", email.Language);
        message.AlternateViews.Add(View(email.TextBody, MediaTypeNames.Text.Plain));
        message.AlternateViews.Add(View(email.HtmlBody, MediaTypeNames.Text.Html));
        return message;
    }

    private static AlternateView View(string body, string mediaType)
    {
        var view = AlternateView.CreateAlternateViewFromString(body, Encoding.UTF8, mediaType);
        view.TransferEncoding = TransferEncoding.QuotedPrintable;
        return view;
    }
}
