using System.Net;
using KosovoElections.Application.Registration.Capture;
using KosovoElections.Application.Registration.Sessions;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Staff;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using KosovoElections.IntegrationTests.Images;
using KosovoElections.IntegrationTests.Status;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.IntegrationTests.Staff;

/// <summary>Staff looking at applicants' images (issue 4; SECURITY T-AC-02, T-LOG-06): who may, what is served, what is audited.</summary>
public abstract class StaffDocumentTests(StatusHost fixture)
{
    private static int _people;

    private TestHost Host => fixture.Host;

    [Fact]
    public async Task Reviewer_SubmittedDocument_GetsTheJpegAndEachViewIsAudited()
    {
        var (applicationId, documentId) = await SubmittedSelfieAsync();
        var (browser, reviewer) = await fixture.SignedInStaffAsync(StaffRole.Reviewer);
        using (browser)
        {
            var image = await browser.GetAsync($"/office/documents/{documentId}/image");
            var thumbnail = await browser.GetAsync($"/office/documents/{documentId}/thumbnail");

            foreach (var response in new[] { image, thumbnail })
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Equal("image/jpeg", response.Content.Headers.ContentType!.MediaType);
                Assert.Equal([0xFF, 0xD8], (await response.Content.ReadAsByteArrayAsync())[..2]);
                Assert.True(response.Headers.CacheControl!.NoStore);
                Assert.Equal("default-src 'none'; sandbox", Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
            }
        }

        await using var db = await Host.Get<ElectionsDbFactory>().CreateAsync();
        var actor = reviewer.Id.ToString();
        var views = await db.AuditEvents.Where(e => e.Action == "document.viewed" && e.Actor == actor).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal([$"document={documentId} variant=image", $"document={documentId} variant=thumbnail"], views.Select(v => v.Details));
        Assert.All(views, v => Assert.Equal(applicationId, v.ApplicationId));
    }

    [Fact]
    public async Task Owner_ApplicantEndpoint_ServesWithTheSameHeaders()
    {
        var person = NextPerson();
        using var applicant = await fixture.SignInAsync(person);
        var (_, documentId) = await CapturedSelfieAsync(person);

        var response = await applicant.GetAsync($"/apply/documents/{documentId}/thumbnail");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl!.NoStore);
        Assert.Equal("default-src 'none'; sandbox", Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
    }

    [Fact]
    public async Task Anonymous_GetsNoBytes()
    {
        var (_, documentId) = await SubmittedSelfieAsync();
        using var browser = new BrowserSession(Host.BaseUrl);

        var response = await browser.GetAsync($"/office/documents/{documentId}/image");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(StaffSteps.SignInPage, response.RedirectPath());
        Assert.NotEqual("image/jpeg", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ApplicantCookie_EvenTheOwnersOwn_GetsNoBytesFromTheStaffEndpoint()
    {
        var person = NextPerson();
        using var applicant = await fixture.SignInAsync(person);
        var (_, documentId) = await SubmittedSelfieAsync(person);

        var response = await applicant.GetAsync($"/office/documents/{documentId}/image");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(StaffSteps.SignInPage, response.RedirectPath());
    }

    [Fact]
    public async Task StaffCookie_IsRefusedByTheApplicantEndpoint()
    {
        var (_, documentId) = await SubmittedSelfieAsync();
        using var browser = await fixture.SignInStaffAsync(StaffRole.Admin);
        var response = await browser.GetAsync($"/apply/documents/{documentId}/image");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/apply/sign-in", response.RedirectPath());
    }

    [Fact]
    public async Task PasswordAlone_GetsNoBytes()
    {
        var (_, documentId) = await SubmittedSelfieAsync();
        var staff = await Host.CreateStaffAsync(StaffRole.Reviewer);
        using var browser = new BrowserSession(Host.BaseUrl);
        await browser.SignInStaffAsync(staff.Email);

        var response = await browser.GetAsync($"/office/documents/{documentId}/image");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(StaffSteps.CodePage, response.RedirectPath());
    }

    [Fact]
    public async Task Reviewer_DraftOrUnknownDocument_IsNotFoundAndNotAudited()
    {
        var person = NextPerson();
        var (_, draftDocument) = await CapturedSelfieAsync(person);
        var (browser, reviewer) = await fixture.SignedInStaffAsync(StaffRole.Reviewer);
        using (browser)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/office/documents/{draftDocument}/image")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/office/documents/{Guid.NewGuid()}/image")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/office/documents/{draftDocument}/original")).StatusCode);
        }

        Assert.DoesNotContain("document.viewed", await Host.AuditActionsOfAsync(reviewer.Id));
    }

    private static int NextPerson() => 40 + Interlocked.Increment(ref _people);

    /// <summary>A person's draft application with a selfie taken through the real capture pipeline and store.</summary>
    private async Task<(Guid ApplicationId, Guid DocumentId)> CapturedSelfieAsync(int person)
    {
        var number = SignInSeed.Numbered(person);
        await using var db = await Host.Get<ElectionsDbFactory>().CreateAsync();
        var application = await db.Applications.FirstOrDefaultAsync(a => a.PersonalNumber == number);
        if (application is null)
        {
            application = VoterApplication.Start(await db.Elections.Select(e => e.Id).SingleAsync(), number, ApplicationChannel.Online, Host.Clock.UtcNow);
            db.Applications.Add(application);
            await db.SaveChangesAsync();
        }

        var captured = await Host.Get<CaptureDocument>().HandleAsync(new CaptureCommand(
            new ApplicantIdentity("test", number, application.ElectionId), DocumentKind.Selfie, DocumentSubtype.None, SyntheticPhoto.Camera(1200, 900, seed: person)));
        Assert.NotNull(captured.DocumentId);
        return (application.Id, captured.DocumentId.Value);
    }

    private async Task<(Guid ApplicationId, Guid DocumentId)> SubmittedSelfieAsync(int? person = null)
    {
        var who = person ?? NextPerson();
        var captured = await CapturedSelfieAsync(who);
        await fixture.ChangeAsync(who, (a, now) => a.Submit(ReferenceNumber.New(), now, now));
        return captured;
    }
}

public sealed class StaffDocumentTestsOnSqlite(SqliteStatusHost fixture) : StaffDocumentTests(fixture), IClassFixture<SqliteStatusHost>;

public sealed class StaffDocumentTestsOnPostgres(PostgresStatusHost fixture) : StaffDocumentTests(fixture), IClassFixture<PostgresStatusHost>;
