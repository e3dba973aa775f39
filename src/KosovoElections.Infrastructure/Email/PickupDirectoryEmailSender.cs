using KosovoElections.Application.Email;

namespace KosovoElections.Infrastructure.Email;

/// <summary>The local stand-in for SMTP: each message becomes an .eml file in one folder (listed at /dev/mail in Development).</summary>
public sealed class PickupDirectoryEmailSender(EmailOptions options, MailPickupFolder folder, TimeProvider clock) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(folder.Path);
        var mail = MailMessages.Create(message, options.From, clock.GetUtcNow());
        var name = Guid.NewGuid().ToString("D");

        // Written under another extension and renamed, so /dev/mail never lists a half-written message.
        var partial = Path.Combine(folder.Path, name + ".partial");
        await mail.WriteToAsync(partial, cancellationToken);
        File.Move(partial, Path.Combine(folder.Path, name + ".eml"));
    }
}
