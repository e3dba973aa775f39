using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using KosovoElections.Application.Email;

namespace KosovoElections.Benchmarks.Wizard;

/// <summary>
/// The mail server, as the outbox dispatcher sees it: keeps the first message to each address (the verification code;
/// the confirmation comes after the code is used) so the simulated applicant can read its code, and counts the rest.
/// </summary>
internal sealed partial class MailCatcher : IEmailSender
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<EmailMessage>> _first = new(StringComparer.OrdinalIgnoreCase);
    private int _sent;

    public int Sent => Volatile.Read(ref _sent);

    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _sent);
        Inbox(message.To).TrySetResult(message);
        return Task.CompletedTask;
    }

    /// <summary>The 6-digit code of the first message to <paramref name="address"/>, once the dispatcher has sent it.</summary>
    public async Task<string> CodeForAsync(string address, TimeSpan timeout)
    {
        var message = await Inbox(address).Task.WaitAsync(timeout);
        return Code().Match(message.TextBody) is { Success: true } match ? match.Groups[1].Value
            : throw new InvalidOperationException("The verification e-mail holds no 6-digit code.");
    }

    private TaskCompletionSource<EmailMessage> Inbox(string address) =>
        _first.GetOrAdd(address, _ => new TaskCompletionSource<EmailMessage>(TaskCreationOptions.RunContinuationsAsynchronously));

    [GeneratedRegex(@"^\s*(\d{6})\s*$", RegexOptions.Multiline)]
    private static partial Regex Code();
}
