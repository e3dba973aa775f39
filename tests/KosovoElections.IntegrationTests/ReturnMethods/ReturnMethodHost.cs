using KosovoElections.Application.Administration.Elections;
using KosovoElections.Domain.Elections;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using KosovoElections.IntegrationTests.SignIn;

namespace KosovoElections.IntegrationTests.ReturnMethods;

/// <summary>The real host over one provider with an Assembly election (the sign-in fixture's dates and people), its mailboxes and two missions.</summary>
public abstract class ReturnMethodHost(DatabaseProvider provider) : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = SignInHost.Opens.AddDays(10);

    public TestHost Host { get; private set; } = default!;

    public TestClock Clock => Host.Clock;

    public Guid Berlin { get; private set; }

    public Guid Vienna { get; private set; }

    public async Task InitializeAsync()
    {
        Host = await TestHost.StartAsync(TestDatabase.Create(provider, "returnmethod"), new TestClock(Now));
        var created = await Host.Get<CreateElection>().HandleAsync(new CreateElectionCommand(
            "Zgjedhjet për Kuvend 2027", ElectionKind.Assembly, SignInHost.ElectionDay, SignInHost.Opens.UtcDateTime, SignInHost.Closes.UtcDateTime, "test"));
        var election = created.Value!;
        await Host.AddToRegistryAsync(Enumerable.Range(0, 20).Select(i => RegistryPeople.Person(SignInHost.Numbered(i), SignInHost.AdultBorn.AddDays(i))));
        await using var db = await Host.Get<ElectionsDbFactory>().CreateAsync();
        db.Mailboxes.AddRange(
            Mailbox.InKosovo(election, "Kutia Postare 1000\n10000 Prishtinë"),
            Mailbox.Abroad(election, null, "P.O. Box 100\n1000 Skopje"));
        var berlin = DiplomaticMission.Open(election, "Ambasada në Berlin", "DE", "Berlin", 50);
        var vienna = DiplomaticMission.Open(election, "Ambasada në Vjenë", "AT", "Wien", 1);
        db.Missions.AddRange(berlin, vienna);
        await db.SaveChangesAsync();
        (Berlin, Vienna) = (berlin.Id, vienna.Id);
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

public sealed class SqliteReturnMethodHost() : ReturnMethodHost(DatabaseProvider.Sqlite);

public sealed class PostgresReturnMethodHost() : ReturnMethodHost(DatabaseProvider.Postgres);
