using KosovoElections.Application.Administration.Elections;
using KosovoElections.Application.Common;
using KosovoElections.Application.Registry;
using KosovoElections.Domain.Elections;
using KosovoElections.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Infrastructure.Demo;

/// <summary>Demo data: an election open for 30 days with its CEC mailboxes, and a synthetic registry of 5,000 people.</summary>
public sealed class DemoSeeder(ElectionsDbFactory factory, IRegistryImporter importer, CreateElection createElection, AddMailbox addMailbox, TimeProvider clock)
{
    public const int People = 5000;

    /// <summary>Demo mailboxes: in Kosovo, the default abroad, and those of the two countries most applicants live in.</summary>
    public static readonly IReadOnlyList<(MailboxPlace Place, string? Country, string Address)> Mailboxes =
    [
        (MailboxPlace.Kosovo, null, "KQZ – Votimi me postë\nKutia Postare 1000\n10000 Prishtinë"),
        (MailboxPlace.Abroad, null, "KQZ – Out of Kosovo Voting\nP.O. Box 100\n1000 Skopje\nNorth Macedonia"),
        (MailboxPlace.Abroad, "DE", "KQZ – Briefwahl Kosovo\nPostfach 10 01 00\n10001 Berlin\nDeutschland"),
        (MailboxPlace.Abroad, "CH", "KQZ – Briefwahl Kosovo\nPostfach 100\n8021 Zürich\nSchweiz"),
    ];

    /// <summary>Seeds only an empty database (no election, no registry); returns what was seeded, or null.</summary>
    public async Task<DemoSeed?> SeedIfEmptyAsync(CancellationToken cancellationToken = default)
    {
        await using (var db = await factory.CreateAsync(cancellationToken))
        {
            if (await db.Elections.AnyAsync(cancellationToken) || await db.RegistryEntries.AnyAsync(cancellationToken))
            {
                return null;
            }
        }

        return await SeedAsync(cancellationToken);
    }

    public async Task<DemoSeed> SeedAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        using var csv = SyntheticRegistry.ToStream(People, today: today);
        var report = await importer.ImportAsync(csv, cancellationToken: cancellationToken);

        var closes = now.Date.AddDays(30).AddHours(22).AddMinutes(59);
        var electionDay = DateOnly.FromDateTime(closes).AddDays(14);
        while (!Election.IsSunday(electionDay))
        {
            electionDay = electionDay.AddDays(1);
        }

        var election = await createElection.HandleAsync(
            new CreateElectionCommand("Zgjedhjet lokale – demo", ElectionKind.Local, electionDay, now.AddMinutes(-1), closes, "demo-seed"),
            cancellationToken);
        if (election.Succeeded)
        {
            foreach (var (place, country, address) in Mailboxes)
            {
                await addMailbox.HandleAsync(new AddMailboxCommand(place, country, address, "demo-seed"), cancellationToken);
            }
        }

        return new DemoSeed(report.RowsImported, election.Value, election.Errors, SyntheticRegistry.Samples(today));
    }

    /// <summary>What was seeded, for the operator; <paramref name="describe"/> gives a refusal its text.</summary>
    public static void Print(DemoSeed seed, TextWriter output, Func<TextMessage, string> describe)
    {
        output.WriteLine($"Demo data: {seed.PeopleImported} people in the registry.");
        output.WriteLine(seed.Election is { } e
            ? $"Election \"{e.Name}\" open until {e.ClosesAt:yyyy-MM-dd HH:mm} UTC; election day {e.ElectionDay:yyyy-MM-dd}."
            : "No election was created: " + string.Join("; ", seed.ElectionErrors.Select(describe)));
        if (seed.Election is not null)
        {
            output.WriteLine("CEC mailboxes: in Kosovo, the default abroad, and for " + string.Join(", ", Mailboxes.Select(m => m.Country).OfType<string>()) + ".");
        }

        output.WriteLine("Sample sign-ins (personal number, date of birth):");
        foreach (var p in seed.Samples)
        {
            output.WriteLine($"  {p.PersonalNumber}  {p.DateOfBirth:yyyy-MM-dd}  {p.FirstName} {p.LastName}, {p.Municipality} ({p.Note})");
        }
    }
}

public sealed record DemoSeed(long PeopleImported, Election? Election, IReadOnlyList<TextMessage> ElectionErrors, IReadOnlyList<SamplePerson> Samples);
