namespace KosovoElections.Application.Email;

/// <summary>Delivers e-mail now (SMTP, or .eml files locally); use cases do not call it directly but go through <see cref="IMailOutbox"/>.</summary>
public interface IEmailSender
{
    /// <summary>Delivers one e-mail.</summary>
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);

    /// <summary>
    /// Opens a batch that delivers several e-mails over one connection where the sender has connections; by default
    /// each message goes through <see cref="SendAsync"/> on its own.
    /// </summary>
    Task<IEmailBatch> OpenBatchAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IEmailBatch>(new OneByOneBatch(this));

    private sealed class OneByOneBatch(IEmailSender sender) : IEmailBatch
    {
        public Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default) => sender.SendAsync(message, cancellationToken);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

/// <summary>
/// Several e-mails sent in turn over one connection: each <see cref="SendAsync"/> succeeds or throws for its own
/// message only, so a refused message does not lose the ones after it.
/// </summary>
public interface IEmailBatch : IAsyncDisposable
{
    /// <summary>Delivers one e-mail of the batch.</summary>
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}
