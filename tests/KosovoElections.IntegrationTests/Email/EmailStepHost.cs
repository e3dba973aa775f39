using System.Globalization;
using KosovoElections.Infrastructure.Email;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using KosovoElections.IntegrationTests.SignIn;

namespace KosovoElections.IntegrationTests.Email;

/// <summary>
/// The real host over SQLite with <see cref="SignInSeed"/>'s election and people, sending its mail through the outbox
/// to a real SMTP server (aiosmtpd) whose messages the tests read.
/// </summary>
public sealed class EmailStepHost : IAsyncLifetime
{
    public TestHost Host { get; private set; } = default!;

    public SmtpListener Mail { get; private set; } = default!;

    public TestClock Clock => Host.Clock;

    /// <summary>Each test runs in its own three-day slot of the registration window, so throttle windows never overlap.</summary>
    public void StartSlot(int slot) => Clock.Set(SignInSeed.Opens.AddDays(1 + (slot * 3)));

    public async Task InitializeAsync()
    {
        Mail = await SmtpListener.StartAsync();
        Host = await TestHost.StartAsync(
            TestDatabase.Create(DatabaseProvider.Sqlite, "emailstep"),
            new TestClock(SignInSeed.Opens.AddDays(-10)),
            settings: new Dictionary<string, string?>
            {
                ["Email:Smtp:Host"] = "127.0.0.1",
                ["Email:Smtp:Port"] = Mail.Port.ToString(CultureInfo.InvariantCulture),
                ["Email:Smtp:Security"] = "None",
            });
        await SignInSeed.SeedAsync(Host);
    }

    /// <summary>Waits (up to 10 s) until <paramref name="count"/> messages to this address arrived; oldest first.</summary>
    public Task<IReadOnlyList<EmlFile>> MessagesToAsync(string address, int count = 1) => Mail.WaitForAsync(address, count);

    public IReadOnlyList<EmlFile> MessagesTo(string address) => Mail.MessagesTo(address);

    /// <summary>The six digits in a verification e-mail.</summary>
    public static string CodeIn(EmlFile message) => SmtpListener.CodeIn(message);

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        Mail.Dispose();
    }
}
