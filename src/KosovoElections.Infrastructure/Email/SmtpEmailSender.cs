using System.Net.Security;
using System.Runtime.ExceptionServices;
using System.Security.Cryptography;
using KosovoElections.Application.Email;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace KosovoElections.Infrastructure.Email;

/// <summary>Sends through the relay of Email:Smtp with MailKit; a batch keeps one connection for all its messages.</summary>
public sealed class SmtpEmailSender : IEmailSender
{
    private readonly EmailOptions _options;
    private readonly TimeProvider _clock;
    private readonly RemoteCertificateValidationCallback? _certificateCheck;

    public SmtpEmailSender(EmailOptions options, TimeProvider clock)
    {
        var smtp = options.Smtp;
        if (string.IsNullOrWhiteSpace(smtp.Host))
        {
            throw new InvalidOperationException("Email:Smtp:Host is empty: the SMTP sender has no relay to send to.");
        }

        if (smtp.Security == SmtpSecurity.None && !string.IsNullOrEmpty(smtp.UserName))
        {
            throw new InvalidOperationException("Email:Smtp:UserName is set with Email:Smtp:Security=None: credentials are never sent without TLS.");
        }

        _options = options;
        _clock = clock;
        _certificateCheck = PinnedCertificate(smtp.PinnedCertificateSha256);
    }

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        await using var batch = new Batch(this);
        await batch.SendAsync(message, cancellationToken);
    }

    public Task<IEmailBatch> OpenBatchAsync(CancellationToken cancellationToken = default) => Task.FromResult<IEmailBatch>(new Batch(this));

    /// <summary>
    /// Null leaves MailKit's own check in force (chain, revocation, host name). A pin replaces it entirely: exactly
    /// that certificate is accepted, whatever its chain, and any other is refused, even one the system trusts.
    /// </summary>
    private static RemoteCertificateValidationCallback? PinnedCertificate(string? fingerprint)
    {
        if (string.IsNullOrWhiteSpace(fingerprint))
        {
            return null;
        }

        var hex = fingerprint.Replace(":", string.Empty, StringComparison.Ordinal).Trim();
        if (hex.Length != 64 || !hex.All(Uri.IsHexDigit))
        {
            throw new InvalidOperationException("Email:Smtp:PinnedCertificateSha256 must be a SHA-256 fingerprint: 64 hex digits, colons allowed.");
        }

        var expected = Convert.FromHexString(hex);
        return (_, certificate, _, _) => certificate is not null
            && CryptographicOperations.FixedTimeEquals(certificate.GetCertHash(HashAlgorithmName.SHA256), expected);
    }

    private static SecureSocketOptions SocketOptions(SmtpSecurity security) => security switch
    {
        // StartTls, not StartTlsWhenAvailable: a relay (or someone in between) that drops STARTTLS is refused.
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        SmtpSecurity.None => SecureSocketOptions.None,
        _ => throw new InvalidOperationException($"Unknown Email:Smtp:Security {security}."),
    };

    /// <summary>
    /// Connects on the first message. A connection that breaks during a send is opened again for the next message;
    /// one that could not be opened (refused, TLS, authentication) is not tried again in this batch, so a relay that
    /// is down costs one timeout per pass rather than one per message.
    /// </summary>
    private sealed class Batch(SmtpEmailSender sender) : IEmailBatch
    {
        private readonly SmtpClient _client = new();
        private ExceptionDispatchInfo? _connectFailure;

        private SmtpOptions Smtp => sender._options.Smtp;

        public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
        {
            var mail = MailMessages.Create(message, sender._options.From, sender._clock.GetUtcNow());
            await ConnectAsync(cancellationToken);
            try
            {
                await WithDeadlineAsync(token => _client.SendAsync(mail, token), cancellationToken);
            }
            catch
            {
                // A refused or broken send may leave the session mid-transaction: the next message starts afresh.
                await DisconnectAsync();
                throw;
            }
        }

        public async ValueTask DisposeAsync()
        {
            await DisconnectAsync();
            _client.Dispose();
        }

        private async Task ConnectAsync(CancellationToken cancellationToken)
        {
            _connectFailure?.Throw();

            if (_client.IsConnected)
            {
                return;
            }

            try
            {
                _client.ServerCertificateValidationCallback = sender._certificateCheck;
                _client.Timeout = (int)Smtp.Timeout.TotalMilliseconds;
                await WithDeadlineAsync(
                    async token =>
                    {
                        await _client.ConnectAsync(Smtp.Host!, Smtp.Port, SocketOptions(Smtp.Security), token);
                        if (!string.IsNullOrEmpty(Smtp.UserName))
                        {
                            await _client.AuthenticateAsync(Smtp.UserName, Smtp.Password ?? string.Empty, token);
                        }
                    },
                    cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                _connectFailure = ExceptionDispatchInfo.Capture(e);
                await DisconnectAsync();
                throw;
            }
        }

        /// <summary>MailKit's Timeout bounds each read and write; this bounds the whole step, as Email:Smtp:Timeout promises.</summary>
        private async Task WithDeadlineAsync(Func<CancellationToken, Task> step, CancellationToken cancellationToken)
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(Smtp.Timeout);
            try
            {
                await step(deadline.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"The SMTP relay did not answer within {Smtp.Timeout}.");
            }
        }

        private async Task DisconnectAsync()
        {
            if (!_client.IsConnected)
            {
                return;
            }

            try
            {
                using var quit = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await _client.DisconnectAsync(quit: true, quit.Token);
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or SmtpProtocolException or SmtpCommandException)
            {
                // The connection is going away either way; QUIT is a courtesy.
            }
        }
    }
}
