using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using KosovoElections.Application.Email;

namespace KosovoElections.Benchmarks.Mail;

/// <summary>
/// The baseline: the app's SMTP sender as it was before MailKit (System.Net.Mail, a new SmtpClient and connection per
/// message, the same UTF-8 multipart/alternative), kept here only to be measured against.
/// </summary>
internal sealed class SystemNetMailSender(string host, int port, string from) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        using var mail = new MailMessage
        {
            From = new MailAddress(from),
            Subject = message.Subject,
            SubjectEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
            BodyEncoding = Encoding.UTF8,
        };
        mail.To.Add(new MailAddress(message.To));
        mail.Headers.Add("Content-Language", message.Language);
        mail.AlternateViews.Add(View(message.TextBody, MediaTypeNames.Text.Plain));
        mail.AlternateViews.Add(View(message.HtmlBody, MediaTypeNames.Text.Html));
        using var client = new SmtpClient(host, port) { DeliveryMethod = SmtpDeliveryMethod.Network, Timeout = 30_000 };
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(30));
        await client.SendMailAsync(mail, deadline.Token);
    }

    private static AlternateView View(string body, string mediaType)
    {
        var view = AlternateView.CreateAlternateViewFromString(body, Encoding.UTF8, mediaType);
        view.TransferEncoding = TransferEncoding.QuotedPrintable;
        return view;
    }
}

/// <summary>MailKit without the batch: hides <see cref="IEmailSender.OpenBatchAsync"/>, so each message opens its own connection.</summary>
internal sealed class OneConnectionPerMessage(IEmailSender inner) : IEmailSender
{
    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default) => inner.SendAsync(message, cancellationToken);
}
