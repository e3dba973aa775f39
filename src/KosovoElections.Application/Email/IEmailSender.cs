namespace KosovoElections.Application.Email;

/// <summary>Delivers one e-mail now (SMTP, or .eml files locally); use cases do not call it directly but go through <see cref="IMailOutbox"/>.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}
