using System.Globalization;
using KosovoElections.Application.Registration.Sessions;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Elections;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.IntegrationTests.Review.Flags;

/// <summary>One photo of a seeded application: its kind and what the image pipeline would have measured.</summary>
public sealed record SeedPhoto(DocumentKind Kind, DocumentSubtype Subtype, string Sha256, long PerceptualHash, double Brightness = 128, double Sharpness = 500)
{
    /// <summary>A photo unlike any other: a random SHA-256 and a random perceptual hash.</summary>
    public static SeedPhoto Unique(DocumentKind kind, DocumentSubtype subtype = DocumentSubtype.None) =>
        new(kind, subtype, Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()) + Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()), Random.Shared.NextInt64());
}

/// <summary>
/// Applications written straight into a fixture's database, in an election open at the fixture's clock, each for a new
/// person and with contact details and photos no other application has unless the test says so.
/// </summary>
public sealed class ReviewSeed(Func<Task<ElectionsDbContext>> open, Func<DateTime> now)
{
    private static int _people;

    public static readonly DateOnly ElectionDay = new(2027, 4, 11);

    public ReviewSeed(DataFixture fixture)
        : this(() => fixture.Db.CreateAsync(), () => fixture.Clock.UtcNow)
    {
    }

    public ReviewSeed(TestHost host)
        : this(() => host.Get<ElectionsDbFactory>().CreateAsync(), () => host.Clock.UtcNow)
    {
    }

    /// <summary>A draft of a new person with every step done; <paramref name="change"/> may alter it before it is saved.</summary>
    public async Task<(VoterApplication Application, ApplicantIdentity Applicant)> DraftAsync(
        IReadOnlyList<SeedPhoto>? photos = null, Action<VoterApplication, DateTime>? change = null, string? personalNumber = null)
    {
        var at = now();
        await using var db = await open();
        var election = await db.Elections.FirstOrDefaultAsync(e => e.Name == "Review 2027");
        if (election is null)
        {
            election = Election.Create("Review 2027", ElectionKind.Local, ElectionDay, at.AddDays(-10), at.AddDays(20));
            db.Elections.Add(election);
        }

        var number = personalNumber;
        if (number is null)
        {
            var n = Interlocked.Increment(ref _people);
            number = (5_600_000_000L + n).ToString(CultureInfo.InvariantCulture);
            db.RegistryEntries.Add(RegistryPeople.Person(number, new DateOnly(1990, 1, 1)));
        }

        var application = VoterApplication.Start(election.Id, number, ApplicationChannel.Online, at);
        application.RecordVerifiedEmail($"{number}@example.org", at);
        application.RecordAddress(new AddressAbroad("CH", "Zürich", $"Teststrasse {number}", "8001"), $"+4176{number[^7..]}", at);
        application.ChooseReturnMethod(ReturnMethod.PostalAbroad, at);
        change?.Invoke(application, at);
        db.Applications.Add(application);
        foreach (var photo in photos ?? Photos())
        {
            db.Documents.Add(new Document(application.Id, photo.Kind, photo.Subtype, at,
                new ImageFacts(1200, 1600, photo.Sha256, photo.PerceptualHash, photo.Brightness, photo.Sharpness), "db:x", "db:y"));
        }

        await db.SaveChangesAsync();
        return (application, new ApplicantIdentity("test", number, election.Id));
    }

    /// <summary>As <see cref="DraftAsync"/>, then sent (with a reference), as APLIKO leaves it.</summary>
    public async Task<VoterApplication> SentAsync(IReadOnlyList<SeedPhoto>? photos = null, Action<VoterApplication, DateTime>? change = null, string? personalNumber = null)
    {
        var (application, _) = await DraftAsync(photos, (a, at) =>
        {
            change?.Invoke(a, at);
            a.Submit(ReferenceNumber.New(), at, at);
        }, personalNumber);
        return application;
    }

    /// <summary>Runs <paramref name="change"/> on a stored application and saves it.</summary>
    public async Task ChangeAsync(Guid applicationId, Action<VoterApplication, DateTime> change)
    {
        await using var db = await open();
        var application = await db.Applications.SingleAsync(a => a.Id == applicationId);
        change(application, now());
        await db.SaveChangesAsync();
    }

    public async Task<List<ApplicationFlag>> FlagsOfAsync(Guid applicationId)
    {
        await using var db = await open();
        return await db.Flags.AsNoTracking().Where(f => f.ApplicationId == applicationId).ToListAsync();
    }

    /// <summary>The four photos of a complete application, each unique.</summary>
    public static List<SeedPhoto> Photos() =>
    [
        SeedPhoto.Unique(DocumentKind.Selfie),
        SeedPhoto.Unique(DocumentKind.IdDocument, DocumentSubtype.Passport),
        SeedPhoto.Unique(DocumentKind.SelfieWithId),
        SeedPhoto.Unique(DocumentKind.ProofOfAddress, DocumentSubtype.UtilityBill),
    ];
}
