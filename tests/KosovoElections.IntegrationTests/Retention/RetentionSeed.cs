using System.Globalization;
using KosovoElections.Application.Documents;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Elections;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using KosovoElections.IntegrationTests.Review.Flags;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.IntegrationTests.Retention;

/// <summary>A sent application of a seeded election with its four photos, each image and thumbnail really stored.</summary>
public sealed record SeededApplication(Guid Id, string Reference, IReadOnlyList<Document> Documents);

/// <summary>
/// Sent applications in elections whose day is past, written straight into a host's database (the election rules of
/// `election create` refuse a past election day), with their images in the host's real document store.
/// </summary>
public sealed class RetentionSeed(TestHost host)
{
    /// <summary>Purge day 2027-01-27 (30 days kept): due at the fixture's clock, 11 February 2027.</summary>
    public static readonly DateOnly OldDay = new(2026, 12, 27);

    /// <summary>Purge day 2027-02-17: kept at the fixture's clock, due from that day on.</summary>
    public static readonly DateOnly RecentDay = new(2027, 1, 17);

    private static int _people;

    /// <summary>A sent application with its photos; its proof of address has <paramref name="proofPages"/> pages.</summary>
    public async Task<SeededApplication> SentAsync(DateOnly electionDay, int proofPages = 1)
    {
        var at = host.Clock.UtcNow;
        var electionId = await ElectionAsync(electionDay);
        var number = (5_700_000_000L + Interlocked.Increment(ref _people)).ToString(CultureInfo.InvariantCulture);
        var application = VoterApplication.Start(electionId, number, ApplicationChannel.Online, at);
        application.RecordVerifiedEmail($"{number}@example.org", at);
        application.RecordAddress(new AddressAbroad("DE", "Berlin", $"Teststraße {number}", "10115"), $"+49151{number[^7..]}", at);
        application.ChooseReturnMethod(ReturnMethod.PostalAbroad, at);
        application.Submit(ReferenceNumber.New(), at, at);

        var store = host.Get<IDocumentStore>();
        var documents = new List<Document>();
        foreach (var photo in ReviewSeed.Photos())
        {
            for (var page = 1; page <= (photo.Kind == DocumentKind.ProofOfAddress ? proofPages : 1); page++)
            {
                var image = await store.SaveAsync(Jpeg(photo.Kind, thumbnail: false));
                var thumbnail = await store.SaveAsync(Jpeg(photo.Kind, thumbnail: true));
                documents.Add(new Document(application.Id, photo.Kind, photo.Subtype, at,
                    new ImageFacts(1200, 1600, photo.Sha256, photo.PerceptualHash, photo.Brightness, photo.Sharpness), image, thumbnail, page));
            }
        }

        await using var db = await host.Get<ElectionsDbFactory>().CreateAsync();
        db.RegistryEntries.Add(RegistryPeople.Person(number, new DateOnly(1990, 1, 1)));
        db.Applications.Add(application);
        db.Documents.AddRange(documents);
        await db.SaveChangesAsync();
        return new SeededApplication(application.Id, application.ReferenceNumber!, documents);
    }

    /// <summary>Bytes that start like a JPEG and differ per photo; the endpoints serve whatever the store holds.</summary>
    private static byte[] Jpeg(DocumentKind kind, bool thumbnail) => [0xFF, 0xD8, 0xFF, (byte)kind, thumbnail ? (byte)1 : (byte)0, .. Guid.NewGuid().ToByteArray()];

    private async Task<Guid> ElectionAsync(DateOnly electionDay)
    {
        var name = $"Past {electionDay:yyyy-MM-dd}";
        await using var db = await host.Get<ElectionsDbFactory>().CreateAsync();
        var existing = await db.Elections.Where(e => e.Name == name).Select(e => (Guid?)e.Id).FirstOrDefaultAsync();
        if (existing is { } id)
        {
            return id;
        }

        var day = electionDay.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var election = Election.Create(name, ElectionKind.Local, electionDay, day.AddDays(-80), day.AddDays(-7));
        db.Elections.Add(election);
        await db.SaveChangesAsync();
        return election.Id;
    }
}
