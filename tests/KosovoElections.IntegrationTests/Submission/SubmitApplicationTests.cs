using KosovoElections.Application.Registration.Sessions;
using KosovoElections.Application.Registration.Submission;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Elections;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.IntegrationTests.Submission;

/// <summary>APLIKO on both providers: complete applications only, once, before the deadline (T-BZ-02, T-AV-05).</summary>
public abstract class SubmitApplicationTests(DataFixture fixture)
{
    private static readonly DateTimeOffset Now = new(2027, 3, 1, 10, 0, 0, TimeSpan.Zero);
    private static int _people;

    [Fact]
    public async Task Submit_CompleteApplication_AssignsAValidReferenceAndQueuesTheConfirmation()
    {
        var applicant = await NewApplicantAsync(complete: true);
        var queued = await QueuedMailAsync();
        var result = await SubmitAsync(applicant);

        Assert.Equal(SubmitStatus.Submitted, result.Status);
        Assert.True(ReferenceNumber.IsValid(result.ReferenceNumber));
        await using var db = await fixture.Db.CreateAsync();
        var application = await db.Applications.SingleAsync(a => a.PersonalNumber == applicant.PersonalNumber);
        Assert.Equal(ApplicationStatus.Submitted, application.Status);
        Assert.Equal(Now.UtcDateTime, application.DeclarationAcceptedAt);
        Assert.Equal(queued + 1, await QueuedMailAsync());
    }

    [Fact]
    public async Task Submit_TenTimesAtOnce_MakesOneSubmissionWithOneReference()
    {
        var applicant = await NewApplicantAsync(complete: true);
        var queued = await QueuedMailAsync();
        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => SubmitAsync(applicant))));

        Assert.All(results, r => Assert.Equal(SubmitStatus.Submitted, r.Status));
        Assert.Single(results.Select(r => r.ReferenceNumber).Distinct());
        await using var db = await fixture.Db.CreateAsync();
        Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.Action == "application.submitted" && e.Details == results[0].ReferenceNumber));
        Assert.Equal(queued + 1, await QueuedMailAsync());
    }

    [Fact]
    public async Task Submit_WithoutTheDeclaration_IsRefused()
    {
        var applicant = await NewApplicantAsync(complete: true);
        Assert.Equal(SubmitStatus.DeclarationMissing, (await fixture.Get<SubmitApplication>().HandleAsync(new SubmitCommand(applicant, false, "sq"))).Status);
    }

    [Fact]
    public async Task Submit_Incomplete_NamesTheMissingStep()
    {
        var applicant = await NewApplicantAsync(complete: false);
        var result = await SubmitAsync(applicant);
        Assert.Equal(SubmitStatus.Incomplete, result.Status);
        Assert.Equal(ApplicationStep.Documents, result.MissingStep);
    }

    [Theory]
    [InlineData(false, DocumentSubtype.IdCardFront)]
    [InlineData(true, DocumentSubtype.IdCardFront, DocumentSubtype.IdCardBack)]
    [InlineData(true, DocumentSubtype.Passport)]
    [InlineData(false, DocumentSubtype.Passport, DocumentSubtype.IdCardFront)]
    [InlineData(true, DocumentSubtype.IdCardFront, DocumentSubtype.IdCardBack, DocumentSubtype.DrivingLicence)]
    public async Task Submit_IdentityDocument_TheOneChosenLastMustBeWhole(bool submitted, params DocumentSubtype[] identityPhotos)
    {
        // SPEC §4 step 7: an ID card is photographed front and back; the front alone does not make the documents step.
        var applicant = await NewApplicantAsync([
            (DocumentKind.Selfie, DocumentSubtype.None),
            .. identityPhotos.Select(subtype => (DocumentKind.IdDocument, subtype)),
            (DocumentKind.SelfieWithId, DocumentSubtype.None),
            (DocumentKind.ProofOfAddress, DocumentSubtype.UtilityBill)]);

        var result = await SubmitAsync(applicant);

        Assert.Equal(submitted ? SubmitStatus.Submitted : SubmitStatus.Incomplete, result.Status);
        Assert.Equal(submitted ? null : ApplicationStep.Documents, result.MissingStep);
    }

    [Fact]
    public async Task Submit_OneSecondBeforeAndAfterTheDeadline_IsAcceptedThenRefused()
    {
        var early = await NewApplicantAsync(complete: true);
        var late = await NewApplicantAsync(complete: true);
        var closes = await ClosesAtAsync(early);
        try
        {
            fixture.Clock.Set(closes.AddSeconds(-1));
            Assert.Equal(SubmitStatus.Submitted, (await SubmitAsync(early)).Status);
            fixture.Clock.Set(closes.AddSeconds(1));
            Assert.Equal(SubmitStatus.NotOpen, (await SubmitAsync(late)).Status);
        }
        finally
        {
            fixture.Clock.Set(Now);
        }
    }

    private Task<SubmitResult> SubmitAsync(ApplicantIdentity applicant) =>
        fixture.Get<SubmitApplication>().HandleAsync(new SubmitCommand(applicant, true, "en"));

    private async Task<int> QueuedMailAsync()
    {
        await using var db = await fixture.Db.CreateAsync();
        return await db.Set<KosovoElections.Infrastructure.Email.Outbox.OutboxEmail>().CountAsync();
    }

    private async Task<DateTime> ClosesAtAsync(ApplicantIdentity applicant)
    {
        await using var db = await fixture.Db.CreateAsync();
        return await db.Elections.Where(e => e.Id == applicant.ElectionId).Select(e => e.ClosesAt).SingleAsync();
    }

    /// <summary>A new person with a draft in the fixture's election: with every step done, or without the documents.</summary>
    private Task<ApplicantIdentity> NewApplicantAsync(bool complete) =>
        NewApplicantAsync(complete
            ? [(DocumentKind.Selfie, DocumentSubtype.None), (DocumentKind.IdDocument, DocumentSubtype.Passport), (DocumentKind.SelfieWithId, DocumentSubtype.None), (DocumentKind.ProofOfAddress, DocumentSubtype.UtilityBill)]
            : [(DocumentKind.Selfie, DocumentSubtype.None)]);

    /// <summary>A new person with a draft in the fixture's election, every other step done, and these photos taken one after the other.</summary>
    private async Task<ApplicantIdentity> NewApplicantAsync((DocumentKind Kind, DocumentSubtype Subtype)[] photos)
    {
        fixture.Clock.Set(Now);
        var now = Now.UtcDateTime;
        await using var db = await fixture.Db.CreateAsync();
        var election = await db.Elections.FirstOrDefaultAsync();
        if (election is null)
        {
            election = Election.Create("Zgjedhjet 2027", ElectionKind.Local, new DateOnly(2027, 4, 11), now.AddDays(-1), now.AddDays(20));
            db.Elections.Add(election);
        }

        var number = (5_400_000_000L + Interlocked.Increment(ref _people)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        db.RegistryEntries.Add(RegistryPeople.Person(number, new DateOnly(1990, 1, 1)));
        var application = VoterApplication.Start(election.Id, number, ApplicationChannel.Online, now);
        application.RecordVerifiedEmail($"{number}@example.org", now);
        application.RecordAddress(new AddressAbroad("CH", "Zürich", "Bahnhofstrasse 1", "8001"), "+41441234567", now);
        application.ChooseReturnMethod(ReturnMethod.PostalAbroad, now);
        db.Applications.Add(application);
        foreach (var (photo, taken) in photos.Select((photo, i) => (photo, now.AddSeconds(i - photos.Length))))
        {
            db.Documents.Add(new Document(application.Id, photo.Kind, photo.Subtype, taken, new ImageFacts(1, 1, new string('a', 64), 0, 128, 500), "db:x", "db:y"));
        }

        await db.SaveChangesAsync();
        return new ApplicantIdentity("test", number, election.Id);
    }
}

public sealed class SubmitApplicationTestsOnSqlite(SqliteFixture fixture) : SubmitApplicationTests(fixture), IClassFixture<SqliteFixture>;

public sealed class SubmitApplicationTestsOnPostgres(PostgresFixture fixture) : SubmitApplicationTests(fixture), IClassFixture<PostgresFixture>;
