using System.Net;
using KosovoElections.Application.Administration.Retention;
using KosovoElections.Application.Audit;
using KosovoElections.Application.Documents;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Audit;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.IntegrationTests.Retention;

/// <summary>
/// The retention rule (SPEC §6, SECURITY T-DP-01) through the use case the daily job, the command and the page share:
/// the images of an election whose day is more than 30 days past go, the records and hashes stay, a newer election
/// keeps its images, and once deleted nobody gets them back from either document endpoint.
/// </summary>
public abstract partial class RetentionTests(StaffSiteHost fixture) : IAsyncLifetime
{
    private TestHost Host => fixture.Host;

    private RetentionSeed Seed => new(Host);

    private IDocumentStore Store => Host.Get<IDocumentStore>();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        fixture.Clock.Set(ApplicantSiteHost.Now);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Purge_OldElection_DeletesItsImagesAndKeepsTheRecordsAndHashes()
    {
        var old = await Seed.SentAsync(RetentionSeed.OldDay);
        var recent = await Seed.SentAsync(RetentionSeed.RecentDay);

        var purged = await PurgeAsync();

        Assert.Equal(new ImagesPurged(4, 1, 30), purged);
        foreach (var document in old.Documents)
        {
            Assert.Null(await Store.ReadAsync(document.ImageRef));
            Assert.Null(await Store.ReadAsync(document.ThumbnailRef));
        }

        var kept = await DocumentsAsync(old.Id);
        Assert.All(kept, d => Assert.Equal(Host.Clock.UtcNow, d.ImagesDeletedAt));
        Assert.Equal(old.Documents.Select(d => (d.Id, d.Kind, d.Sha256, d.PerceptualHash, d.HashBand0, d.HashBand3)).Order(),
            kept.Select(d => (d.Id, d.Kind, d.Sha256, d.PerceptualHash, d.HashBand0, d.HashBand3)).Order());
        await using (var db = await Host.Get<ElectionsDbFactory>().CreateAsync())
        {
            var application = await db.Applications.AsNoTracking().SingleAsync(a => a.Id == old.Id);
            Assert.Equal((ApplicationStatus.Submitted, old.Reference), (application.Status, application.ReferenceNumber));
        }

        foreach (var document in recent.Documents)
        {
            Assert.NotNull(await Store.ReadAsync(document.ImageRef));
            Assert.NotNull(await Store.ReadAsync(document.ThumbnailRef));
        }

        Assert.All(await DocumentsAsync(recent.Id), d => Assert.Null(d.ImagesDeletedAt));
        var audited = await LastPurgeAuditAsync();
        Assert.Equal((ActorKind.System, "test", null), (audited.ActorKind, audited.Actor, audited.ApplicationId));
        Assert.Equal("documents=4 applications=1 image-days=30", audited.Details);
    }

    [Fact]
    public async Task Purge_ProofOfAddressOfThreePages_DeletesEveryPage()
    {
        var old = await Seed.SentAsync(RetentionSeed.OldDay, proofPages: 3);

        var purged = await PurgeAsync();

        Assert.Equal(6, purged.Documents);
        var pages = old.Documents.Where(d => d.Kind == DocumentKind.ProofOfAddress).ToList();
        Assert.Equal([1, 2, 3], pages.Select(p => p.PageNumber));
        foreach (var page in pages)
        {
            Assert.Null(await Store.ReadAsync(page.ImageRef));
            Assert.Null(await Store.ReadAsync(page.ThumbnailRef));
        }

        Assert.All(await DocumentsAsync(old.Id), d => Assert.Equal(Host.Clock.UtcNow, d.ImagesDeletedAt));
    }

    [Fact]
    public async Task Purge_RunAgain_DeletesNothingMoreAndKeepsTheFirstDate()
    {
        var old = await Seed.SentAsync(RetentionSeed.OldDay);
        await PurgeAsync();
        var first = Host.Clock.UtcNow;
        Host.Clock.Advance(TimeSpan.FromDays(1));

        var again = await PurgeAsync();

        Assert.Equal(0, again.Documents);
        Assert.All(await DocumentsAsync(old.Id), d => Assert.Equal(first, d.ImagesDeletedAt));
        Assert.Equal("documents=0 applications=0 image-days=30", (await LastPurgeAuditAsync()).Details);
    }

    [Fact]
    public async Task Purge_ElectionDayThirtyDaysPast_KeepsImagesUntilTheDayAfter()
    {
        var recent = await Seed.SentAsync(RetentionSeed.RecentDay);

        Host.Clock.Set(new DateTimeOffset(2027, 2, 16, 23, 59, 59, TimeSpan.Zero));
        await PurgeAsync();
        Assert.NotNull(await Store.ReadAsync(recent.Documents[0].ImageRef));

        Host.Clock.Set(new DateTimeOffset(2027, 2, 17, 0, 0, 0, TimeSpan.Zero));
        await PurgeAsync();
        foreach (var document in recent.Documents)
        {
            Assert.Null(await Store.ReadAsync(document.ImageRef));
        }
    }

    [Fact]
    public async Task StaffEndpointAndReviewScreen_AfterPurge_AnswerNotFoundAndSaySo()
    {
        var old = await Seed.SentAsync(RetentionSeed.OldDay);
        var document = old.Documents[0].Id;
        using var reviewer = await fixture.SignInStaffAsync(Domain.Staff.StaffRole.Reviewer);
        Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync($"/office/documents/{document}/image")).StatusCode);

        await PurgeAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await reviewer.GetAsync($"/office/documents/{document}/image")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reviewer.GetAsync($"/office/documents/{document}/thumbnail")).StatusCode);
        var screen = BrowserSession.Normalize(await reviewer.GetPageAsync($"/office/applications/{old.Reference}?culture=en"));
        Assert.DoesNotContain("data-testid=\"review-image\"", screen, StringComparison.Ordinal);
        Assert.Contains("The photos were deleted under the retention rule on 11.02.2027 09:00.", screen, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApplicantEndpoint_AfterPurge_AnswersNotFound()
    {
        const int person = 7;
        using var applicant = await fixture.SignInAsync(person);
        var document = await CapturedSelfieAsync(person);
        Assert.Equal(HttpStatusCode.OK, (await applicant.GetAsync($"/apply/documents/{document}/thumbnail")).StatusCode);

        // The applicant's own election cannot be past while they are signed in to it: its day is moved back in the
        // database (the rules would refuse it) for as long as the purge takes.
        var election = await MoveElectionDayAsync(SignInSeed.ElectionDay, RetentionSeed.OldDay);
        try
        {
            await PurgeAsync();
        }
        finally
        {
            await MoveElectionDayAsync(RetentionSeed.OldDay, SignInSeed.ElectionDay, election);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await applicant.GetAsync($"/apply/documents/{document}/thumbnail")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await applicant.GetAsync($"/apply/documents/{document}/image")).StatusCode);
    }

    private async Task<ImagesPurged> PurgeAsync()
    {
        var outcome = await Host.Get<PurgeIdentityImages>().HandleAsync(PurgeIdentityImagesCommand.BySystem("test"));
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors));
        return outcome.Value!;
    }

    private async Task<List<Document>> DocumentsAsync(Guid applicationId)
    {
        await using var db = await Host.Get<ElectionsDbFactory>().CreateAsync();
        return await db.Documents.AsNoTracking().Where(d => d.ApplicationId == applicationId).ToListAsync();
    }

    private async Task<AuditEvent> LastPurgeAuditAsync()
    {
        await using var db = await Host.Get<ElectionsDbFactory>().CreateAsync();
        return await db.AuditEvents.AsNoTracking().Where(e => e.Action == AuditActions.Administration.ImagesPurged).OrderByDescending(e => e.Id).FirstAsync();
    }

    private async Task<Guid> CapturedSelfieAsync(int person)
    {
        var number = SignInSeed.Numbered(person);
        await using var db = await Host.Get<ElectionsDbFactory>().CreateAsync();
        var application = await db.Applications.AsNoTracking().SingleAsync(a => a.PersonalNumber == number);
        var captured = await Host.Get<Application.Registration.Capture.CaptureDocument>().HandleAsync(new Application.Registration.Capture.CaptureCommand(
            new Application.Registration.Sessions.ApplicantIdentity("test", number, application.ElectionId),
            DocumentKind.Selfie, DocumentSubtype.None, Images.SyntheticPhoto.Camera(1200, 900, seed: person)));
        Assert.NotNull(captured.DocumentId);
        return captured.DocumentId.Value;
    }

    private async Task<Guid> MoveElectionDayAsync(DateOnly from, DateOnly to, Guid? id = null)
    {
        await using var db = await Host.Get<ElectionsDbFactory>().CreateAsync();
        var election = id ?? await db.Elections.Where(e => e.ElectionDay == from).Select(e => e.Id).SingleAsync();
        await db.Elections.Where(e => e.Id == election).ExecuteUpdateAsync(s => s.SetProperty(e => e.ElectionDay, to));
        return election;
    }
}

public sealed class RetentionTestsOnSqlite(SqliteRetentionHost fixture) : RetentionTests(fixture), IClassFixture<SqliteRetentionHost>;

public sealed class RetentionTestsOnPostgres(PostgresRetentionHost fixture) : RetentionTests(fixture), IClassFixture<PostgresRetentionHost>;
