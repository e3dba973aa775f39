using KosovoElections.Application.Administration.Elections;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Elections;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.IntegrationTests.ReturnMethods;

/// <summary>The real host over one provider with an Assembly election (the sign-in fixture's dates and people), its mailboxes and two missions.</summary>
public abstract class ReturnMethodHost(DatabaseProvider provider) : ApplicantSiteHost(provider, "returnmethod")
{
    public Guid Berlin { get; private set; }

    public Guid Vienna { get; private set; }

    protected override async Task SeedAsync(TestHost host)
    {
        var created = await host.Get<CreateElection>().HandleAsync(new CreateElectionCommand(
            "Zgjedhjet për Kuvend 2027", ElectionKind.Assembly, SignInSeed.ElectionDay, SignInSeed.Opens.UtcDateTime, SignInSeed.Closes.UtcDateTime, "test"));
        var election = created.Value!;
        await host.AddToRegistryAsync(Enumerable.Range(0, 20).Select(i => RegistryPeople.Person(SignInSeed.Numbered(i), SignInSeed.AdultBorn.AddDays(i))));
        await using var db = await host.Get<ElectionsDbFactory>().CreateAsync();
        db.Mailboxes.AddRange(
            Mailbox.InKosovo(election, "Kutia Postare 1000\n10000 Prishtinë"),
            Mailbox.Abroad(election, null, "P.O. Box 100\n1000 Skopje"));
        var berlin = DiplomaticMission.Open(election, "Ambasada në Berlin", "DE", "Berlin", 50);
        var vienna = DiplomaticMission.Open(election, "Ambasada në Vjenë", "AT", "Wien", 1);
        db.Missions.AddRange(berlin, vienna);
        await db.SaveChangesAsync();
        (Berlin, Vienna) = (berlin.Id, vienna.Id);
    }

    /// <summary>How many places of <paramref name="mission"/> are taken.</summary>
    public async Task<int> ReservedAsync(Guid mission)
    {
        await using var db = await Host.Get<ElectionsDbFactory>().CreateAsync();
        return await db.Missions.Where(m => m.Id == mission).Select(m => m.Reserved).SingleAsync();
    }

    /// <summary>Person <paramref name="person"/>'s application, as saved.</summary>
    public async Task<VoterApplication> ApplicationOfAsync(int person)
    {
        await using var db = await Host.Get<ElectionsDbFactory>().CreateAsync();
        return await db.Applications.AsNoTracking().SingleAsync(a => a.PersonalNumber == SignInSeed.Numbered(person));
    }
}

public sealed class SqliteReturnMethodHost() : ReturnMethodHost(DatabaseProvider.Sqlite);

public sealed class PostgresReturnMethodHost() : ReturnMethodHost(DatabaseProvider.Postgres);
