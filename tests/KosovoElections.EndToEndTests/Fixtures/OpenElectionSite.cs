using System.Globalization;
using KosovoElections.Application.Administration.Elections;
using KosovoElections.Domain.Elections;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace KosovoElections.EndToEndTests.Fixtures;

/// <summary>
/// The real host over a fresh SQLite database with one election whose registration is open now, created through the
/// app's own use case, and a few adults in the civil registry. The server's clock starts at the real time so that its
/// countdown and the browser's agree; it stands still, so the sign-in's fixed response time is not waited for. Its mail
/// goes to a real SMTP server (<see cref="Mail"/>) that tests read codes from.
/// </summary>
public class OpenElectionSite : IAsyncLifetime
{
    public const string ElectionName = "Zgjedhjet lokale 2027";

    /// <summary>The date of birth of every <see cref="Applicant"/>.</summary>
    public static readonly DateOnly Born = new(1990, 4, 12);

    private const int Applicants = 27;

    public TestHost Host { get; private set; } = default!;

    public SmtpListener Mail { get; private set; } = default!;

    public string BaseUrl => Host.BaseUrl;

    /// <summary>The verification code mailed to <paramref name="address"/>, waiting for it up to 30 s (the outbox is polled every 2 s).</summary>
    public async Task<string> CodeSentToAsync(string address) =>
        await Mail.WaitForAsync(address, timeout: TimeSpan.FromSeconds(30)) is [var first, ..]
            ? SmtpListener.CodeIn(first)
            : throw new TimeoutException($"No message to {address} within 30 s.");

    /// <summary>The registration deadline (UTC), on the minute; a little over nine days from now unless a site says otherwise.</summary>
    public DateTime Deadline { get; private set; }

    public virtual async Task InitializeAsync()
    {
        var now = DateTimeOffset.UtcNow;
        Mail = await SmtpListener.StartAsync();
        Host = await TestHost.StartAsync(
            TestDatabase.Create(DatabaseProvider.Sqlite, "EndToEnd"),
            new TestClock(now),
            settings: new Dictionary<string, string?>
            {
                ["Email:Smtp:Host"] = "127.0.0.1",
                ["Email:Smtp:Port"] = Mail.Port.ToString(CultureInfo.InvariantCulture),
                ["Email:Smtp:Security"] = "None",
            },
            services: ConfigureServices);

        var deadline = now.UtcDateTime.Add(RegistrationOpenFor);
        Deadline = new DateTime(deadline.Year, deadline.Month, deadline.Day, deadline.Hour, deadline.Minute, 0, DateTimeKind.Utc);
        var outcome = await Host.Get<CreateElection>().HandleAsync(new CreateElectionCommand(
            ElectionName, ElectionKind.Local, SundayAfter(Deadline.AddDays(2)), now.UtcDateTime.Subtract(OpenedAgo), Deadline, "end-to-end tests"));
        if (!outcome.Succeeded)
        {
            throw new InvalidOperationException("Could not create the election: " + string.Join("; ", outcome.Errors));
        }

        await Host.AddToRegistryAsync(Enumerable.Range(0, Applicants).Select(i => RegistryPeople.Person(Applicant(i), Born)));
    }

    /// <summary>
    /// The personal number of an adult in the registry (0 … 19), born on <see cref="Born"/>: each test signs in as its
    /// own applicant, so that one test's failed attempts never slow another's.
    /// </summary>
    public static string Applicant(int i) => (5_200_000_000L + i).ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// A voter abroad: a German browser in Berlin unless told otherwise. The site offers no German, so without a cookie it
    /// answers in Albanian.
    /// </summary>
    public BrowserNewContextOptions Voter(string timeZone = "Europe/Berlin", string locale = "de-DE") =>
        new() { BaseURL = BaseUrl, Locale = locale, TimezoneId = timeZone };

    /// <summary>A voter reading English in Berlin whose browser has already been allowed the (fake) camera.</summary>
    public BrowserNewContextOptions CameraVoter() =>
        new() { BaseURL = BaseUrl, Locale = "en-GB", TimezoneId = "Europe/Berlin", Permissions = ["camera"] };

    /// <summary>A new page of <paramref name="context"/>, signed in as applicant <paramref name="applicant"/>.</summary>
    public static async Task<IPage> SignedInAsync(IBrowserContext context, int applicant)
    {
        var page = await context.NewPageAsync();
        await SignInForm.SignInAsync(page, Applicant(applicant), Born);
        return page;
    }

    /// <summary>How long registration stays open from the site's start: long enough that no test meets the deadline by accident.</summary>
    protected virtual TimeSpan RegistrationOpenFor => TimeSpan.FromDays(9).Add(TimeSpan.FromHours(5));

    /// <summary>How long before the site's start registration opened: a day unless a site needs days of applications behind it.</summary>
    protected virtual TimeSpan OpenedAgo => TimeSpan.FromDays(1);

    /// <summary>Changes the host's services after the app's own setup, for a site that differs from production in one way.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public async Task DisposeAsync()
    {
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }

        Mail?.Dispose();
    }

    private static DateOnly SundayAfter(DateTime day)
    {
        var date = DateOnly.FromDateTime(day);
        return date.AddDays(((int)DayOfWeek.Sunday - (int)date.DayOfWeek + 7) % 7);
    }
}
