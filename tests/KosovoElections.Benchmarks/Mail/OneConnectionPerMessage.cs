using KosovoElections.Application.Email;

namespace KosovoElections.Benchmarks.Mail;

/// <summary>MailKit without the batch: hides <see cref="IEmailSender.OpenBatchAsync"/>, so each message opens its own connection.</summary>
internal sealed class OneConnectionPerMessage(IEmailSender inner) : IEmailSender
{
    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default) => inner.SendAsync(message, cancellationToken);
}
