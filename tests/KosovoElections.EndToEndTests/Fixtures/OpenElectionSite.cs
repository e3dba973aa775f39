using KosovoElections.Application.Administration.Elections;
using KosovoElections.Domain.Elections;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;

namespace KosovoElections.EndToEndTests.Fixtures;

/// <summary>
/// The real host over a fresh SQLite database with one election whose registration is open now, created through the
/// app's own use case. The server's clock starts at the real time so that its countdown and the browser's agree.
/// </summary>
public sealed class OpenElectionSite : IAsyncLifetime
{
    public const string ElectionName = "Zgjedhjet lokale 2027";

    public TestHost Host { get; private set; } = default!;

    public string BaseUrl => Host.BaseUrl;

    /// <summary>The registration deadline (UTC), a little over nine days from now.</summary>
    public DateTime Deadline { get; private set; }

    public async Task InitializeAsync()
    {
        var now = DateTimeOffset.UtcNow;
        Host = await TestHost.StartAsync(TestDatabase.Create(DatabaseProvider.Sqlite, "EndToEnd"), new TestClock(now));

        var deadline = now.UtcDateTime.AddDays(9).AddHours(5);
        Deadline = new DateTime(deadline.Year, deadline.Month, deadline.Day, deadline.Hour, deadline.Minute, 0, DateTimeKind.Utc);
        var outcome = await Host.Get<CreateElection>().HandleAsync(new CreateElectionCommand(
            ElectionName, ElectionKind.Local, SundayAfter(Deadline.AddDays(2)), now.UtcDateTime.AddDays(-1), Deadline, "end-to-end tests"));
        if (!outcome.Succeeded)
        {
            throw new InvalidOperationException("Could not create the election: " + string.Join("; ", outcome.Errors));
        }
    }

    public async Task DisposeAsync()
    {
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }
    }

    private static DateOnly SundayAfter(DateTime day)
    {
        var date = DateOnly.FromDateTime(day);
        return date.AddDays(((int)DayOfWeek.Sunday - (int)date.DayOfWeek + 7) % 7);
    }
}
