using System.Globalization;
using System.Text.RegularExpressions;
using KosovoElections.Infrastructure.Email;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using KosovoElections.IntegrationTests.SignIn;

namespace KosovoElections.IntegrationTests.Email;

/// <summary>
/// The real host over SQLite with <see cref="SignInHost"/>'s election and people, sending its mail through the outbox
/// to a real SMTP server (aiosmtpd) whose messages the tests read.
/// </summary>
public sealed partial class EmailStepHost : IAsyncLifetime
{
    public TestHost Host { get; private set; } = default!;

    public SmtpListener Mail { get; private set; } = default!;

    public TestClock Clock => Host.Clock;

    /// <summary>Each test runs in its own three-day slot of the registration window, so throttle windows never overlap.</summary>
    public void StartSlot(int slot) => Clock.Set(SignInHost.Opens.AddDays(1 + (slot * 3)));

    public async Task InitializeAsync()
    {
        Mail = await SmtpListener.StartAsync();
        Host = await TestHost.StartAsync(
            TestDatabase.Create(DatabaseProvider.Sqlite, "emailstep"),
            new TestClock(SignInHost.Opens.AddDays(-10)),
            settings: new Dictionary<string, string?>
            {
                ["Email:Smtp:Host"] = "127.0.0.1",
                ["Email:Smtp:Port"] = Mail.Port.ToString(CultureInfo.InvariantCulture),
            });
        await SignInHost.SeedAsync(Host);
    }

    /// <summary>
    /// Waits (up to 10 s: the dispatcher polls every 2 s) until <paramref name="count"/> messages to this address arrived,
    /// and returns them oldest first.
    /// </summary>
    public async Task<IReadOnlyList<EmlFile>> MessagesToAsync(string address, int count = 1)
    {
        for (var waited = 0; waited < 10_000; waited += 100)
        {
            var messages = MessagesTo(address);
            if (messages.Count >= count)
            {
                return messages;
            }

            await Task.Delay(100);
        }

        return MessagesTo(address);
    }

    public IReadOnlyList<EmlFile> MessagesTo(string address) =>
        Mail.Messages().Where(m => m.To.Contains(address, StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>The six digits in a verification e-mail.</summary>
    public static string CodeIn(EmlFile message) => Code().Match(message.Text ?? string.Empty) is { Success: true } m
        ? m.Value
        : throw new InvalidOperationException("No code in: " + message.Text);

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        Mail.Dispose();
    }

    [GeneratedRegex(@"\b[0-9]{6}\b")]
    private static partial Regex Code();
}
