using System.Net.Mail;
using KosovoElections.Application.Email;

namespace KosovoElections.Infrastructure.Email;

/// <summary>The local stand-in for SMTP: each message becomes an .eml file in one folder (listed at /dev/mail in Development).</summary>
public sealed class PickupDirectoryEmailSender(EmailOptions options, MailPickupFolder folder) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(folder.Path);
        using var mail = MailMessages.Create(message, options.From);
        using var client = new SmtpClient
        {
            DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory,
            PickupDirectoryLocation = folder.Path,
        };
        await client.SendMailAsync(mail, cancellationToken);
    }
}
