using System.Net;
using System.Net.Mail;
using KosovoElections.Application.Email;

namespace KosovoElections.Infrastructure.Email;

/// <summary>Sends through the SMTP server of Email:Smtp (System.Net.Mail; MailKit is not available here).</summary>
public sealed class SmtpEmailSender(EmailOptions options) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        var smtp = options.Smtp;
        using var mail = MailMessages.Create(message, options.From);
        using var client = new SmtpClient(smtp.Host, smtp.Port)
        {
            DeliveryMethod = SmtpDeliveryMethod.Network,
            EnableSsl = smtp.EnableSsl,
            Timeout = (int)smtp.Timeout.TotalMilliseconds,
        };
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            client.Credentials = new NetworkCredential(smtp.UserName, smtp.Password);
        }

        // Timeout covers only synchronous sends, so the asynchronous one gets its own deadline.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(smtp.Timeout);
        await client.SendMailAsync(mail, deadline.Token);
    }
}
