using System.Globalization;
using KosovoElections.Application.Postal;
using KosovoElections.Application.Staff.Sessions;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Elections;
using KosovoElections.Domain.Registry;
using KosovoElections.Domain.Staff;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using KosovoElections.IntegrationTests.Images;
using KosovoElections.IntegrationTests.Review.Flags;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.IntegrationTests.Postal;

/// <summary>People in the registry, staff and the forms staff type from paper applications, for the postal entry tests.</summary>
public sealed class PostalSeed(Func<Task<ElectionsDbContext>> open, Func<DateTime> now)
{
    private static int _people;

    public static readonly byte[] Photo = SyntheticPhoto.Camera(1200, 900);

    /// <summary>A second photographed page (the proof of address), not the same picture as <see cref="Photo"/>.</summary>
    public static readonly byte[] OtherPhoto = SyntheticPhoto.Camera(900, 1200, seed: 2);

    public PostalSeed(DataFixture fixture)
        : this(() => fixture.Db.CreateAsync(), () => fixture.Clock.UtcNow)
    {
    }

    public PostalSeed(TestHost host)
        : this(() => host.Get<ElectionsDbFactory>().CreateAsync(), () => host.Clock.UtcNow)
    {
    }

    public static readonly DateOnly Born = new(1988, 6, 14);

    /// <summary>The election <see cref="ReviewSeed"/> uses, made if no test made it yet (open for ten days, twenty to go).</summary>
    public async Task<Election> ElectionAsync()
    {
        await using var db = await open();
        var election = await db.Elections.FirstOrDefaultAsync(e => e.Name == "Review 2027");
        if (election is null)
        {
            election = Election.Create("Review 2027", ElectionKind.Local, ReviewSeed.ElectionDay, now().AddDays(-10), now().AddDays(20));
            db.Elections.Add(election);
            await db.SaveChangesAsync();
        }

        return election;
    }

    /// <summary>A new person in the civil registry.</summary>
    public async Task<string> PersonAsync(DateOnly? born = null, RegistryStatus status = RegistryStatus.Active)
    {
        var number = (5_700_000_000L + Interlocked.Increment(ref _people)).ToString(CultureInfo.InvariantCulture);
        await using var db = await open();
        db.RegistryEntries.Add(RegistryPeople.Person(number, born ?? Born, status));
        await db.SaveChangesAsync();
        return number;
    }

    public async Task<StaffIdentity> StaffAsync(StaffRole role)
    {
        var member = new StaffMember($"{role}-{Guid.NewGuid():N}"[..20].ToLowerInvariant() + "@kqz-ks.org", role, "unused", now());
        await using var db = await open();
        db.Staff.Add(member);
        await db.SaveChangesAsync();
        return new StaffIdentity("test-session", member.Id, member.Email, role, AwaitingSecondFactor: false);
    }

    /// <summary>A paper form sent by post, received and postmarked on the given days (today by default), for <paramref name="personalNumber"/>.</summary>
    public PostalEntryForm Form(string personalNumber, DateOnly? received = null, DateOnly? postmark = null, string channel = "Post")
    {
        var today = DateOnly.FromDateTime(now());
        var (r, p) = (received ?? today, postmark ?? received ?? today);
        return new PostalEntryForm
        {
            Channel = channel,
            ReceivedDay = $"{r.Day}",
            ReceivedMonth = $"{r.Month}",
            ReceivedYear = $"{r.Year}",
            PostmarkDay = channel == "Post" ? $"{p.Day}" : null,
            PostmarkMonth = channel == "Post" ? $"{p.Month}" : null,
            PostmarkYear = channel == "Post" ? $"{p.Year}" : null,
            PersonalNumber = personalNumber,
            BirthDay = $"{Born.Day}",
            BirthMonth = $"{Born.Month}",
            BirthYear = $"{Born.Year}",
            Country = "DE",
            City = "Stuttgart",
            Street = $"Königstraße {personalNumber[^4..]}",
            PostalCode = "70173",
            ReturnMethod = nameof(ReturnMethod.PostalAbroad),
            IdDocumentType = nameof(DocumentSubtype.Passport),
            ProofOfAddressType = nameof(DocumentSubtype.UtilityBill),
        };
    }

    /// <summary>The two documents a paper application needs: the passport as a JPEG photo, the proof of address as a PDF scan.</summary>
    public static List<PaperDocument> Documents(byte[]? proof = null, string proofName = "bill.pdf", byte[]? id = null, string idName = "passport.jpg") =>
    [
        new(DocumentKind.IdDocument, DocumentSubtype.Passport, idName, id ?? Photo),
        new(DocumentKind.ProofOfAddress, DocumentSubtype.UtilityBill, proofName, proof ?? ScannedPdf.Make(2)),
    ];
}
