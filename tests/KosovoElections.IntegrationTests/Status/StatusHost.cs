using System.Globalization;
using System.Net;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Elections;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.IntegrationTests.Status;

// The decisions are faked on the aggregate because the back office that makes them does not exist yet (issue 10 item 8).
/// <summary>
/// The applicant site and its staff with task-named helpers: make the application complete, and move it through review
/// directly in the database, as the back office would.
/// </summary>
public abstract class StatusHost(DatabaseProvider provider) : StaffSiteHost(provider, "status")
{
    /// <summary>Fills every step of the person's live application; returns the captured documents' ids by kind.</summary>
    public async Task<Dictionary<DocumentKind, Guid>> CompleteAsync(int person)
    {
        var now = Clock.UtcNow;
        await using var db = await Host.Get<ElectionsDbFactory>().CreateAsync();
        var application = await db.Applications.LiveOf(SignInSeed.Numbered(person)).SingleAsync();
        application.RecordVerifiedEmail($"voter{person}@example.org", now);
        application.RecordAddress(new AddressAbroad("AT", "Wien", "Mariahilfer Straße 10/4", "1070"), "+4314001234", now);
        application.ChooseReturnMethod(ReturnMethod.PostalKosovo, now);
        var documents = new Dictionary<DocumentKind, Guid>();
        foreach (var (kind, subtype) in new[]
        {
            (DocumentKind.Selfie, DocumentSubtype.None), (DocumentKind.IdDocument, DocumentSubtype.Passport),
            (DocumentKind.SelfieWithId, DocumentSubtype.None), (DocumentKind.ProofOfAddress, DocumentSubtype.UtilityBill),
        })
        {
            var document = new Document(application.Id, kind, subtype, now, new ImageFacts(1, 1, new string('b', 64), 0, 128, 500), "db:x", "db:y");
            db.Documents.Add(document);
            documents[kind] = document.Id;
        }

        await db.SaveChangesAsync();
        return documents;
    }

    /// <summary>Runs <paramref name="change"/> on the person's live application and saves it, as the back office would.</summary>
    public async Task ChangeAsync(int person, Action<VoterApplication, DateTime> change)
    {
        await using var db = await Host.Get<ElectionsDbFactory>().CreateAsync();
        var application = await db.Applications.LiveOf(SignInSeed.Numbered(person)).SingleAsync();
        change(application, Clock.UtcNow);
        await db.SaveChangesAsync();
    }

    /// <summary>Submitted and taken into review, ready for a decision.</summary>
    public Task SubmitAndReviewAsync(int person) => ChangeAsync(person, (a, now) =>
    {
        a.Submit(ReferenceNumber.New(), now, now);
        a.BeginReview(Guid.Empty, (now).AddMinutes(15), now);
    });

    public async Task<List<VoterApplication>> ApplicationsOfAsync(int person)
    {
        await using var db = await Host.Get<ElectionsDbFactory>().CreateAsync();
        var number = SignInSeed.Numbered(person);
        return await db.Applications.AsNoTracking().Where(a => a.PersonalNumber == number).OrderBy(a => a.CreatedAt).ToListAsync();
    }
}

public sealed class SqliteStatusHost() : StatusHost(DatabaseProvider.Sqlite);

public sealed class PostgresStatusHost() : StatusHost(DatabaseProvider.Postgres);

internal static class StatusQueries
{
    public static IQueryable<VoterApplication> LiveOf(this IQueryable<VoterApplication> applications, string number) =>
        applications.Where(a => a.PersonalNumber == number && a.Status != ApplicationStatus.Rejected && a.Status != ApplicationStatus.Withdrawn);
}
