using System.Net;
using KosovoElections.Application.Audit;
using KosovoElections.Application.Postal;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Staff;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.IntegrationTests.Postal;

/// <summary>/office/postal/new over HTTP, multipart as a browser posts it: the one file upload of the service (issue 15).</summary>
public abstract class PostalEntryPageTests(StaffSiteHost fixture)
{
    private const string Page = "/office/postal/new";
    private const string FormName = "postal-entry";

    private readonly PostalSeed _seed = new(fixture.Host);

    [Fact]
    public async Task Supervisor_EntersALetterWithAPhotoAndAPdf_GetsTheReference_AndAReviewerDownloadsThePdf()
    {
        var (browser, supervisor) = await fixture.SignedInStaffAsync(StaffRole.Supervisor);
        var number = await _seed.PersonAsync();
        var pdf = ScannedPdf.Make(2);
        using (browser)
        {
            var response = await browser.SubmitWithFilesAsync(Page, FormName, Fields(_seed.Form(number)), Files(PostalSeed.Photo, pdf));

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var reference = Assert.IsType<string>(await ReferenceOfAsync(number));
            Assert.EndsWith($"{Page}?entered={reference}", response.Headers.Location!.OriginalString);
            var page = await browser.GetPageAsync($"{Page}?entered={reference}&culture=en");
            Assert.Contains("Application entered", page);
            Assert.Contains(reference, page);
        }

        Guid pdfId, applicationId;
        await using (var db = await fixture.Host.Get<ElectionsDbFactory>().CreateAsync())
        {
            var application = await db.Applications.SingleAsync(a => a.PersonalNumber == number);
            Assert.Equal((ApplicationChannel.Post, ApplicationStatus.Submitted, supervisor.Id), (application.Channel, application.Status, application.EnteredBy!.Value));
            applicationId = application.Id;
            pdfId = await db.Documents.Where(d => d.ApplicationId == application.Id && d.Format == DocumentFormat.Pdf).Select(d => d.Id).SingleAsync();
        }

        var (reviewerBrowser, reviewer) = await fixture.SignedInStaffAsync(StaffRole.Reviewer);
        using (reviewerBrowser)
        {
            var download = await reviewerBrowser.GetAsync($"/office/documents/{pdfId}/image");
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
            Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
            Assert.Equal("nosniff", Assert.Single(download.Headers.GetValues("X-Content-Type-Options")));
            Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
            Assert.Equal(HttpStatusCode.NotFound, (await reviewerBrowser.GetAsync($"/office/documents/{pdfId}/thumbnail")).StatusCode);
        }

        await using var check = await fixture.Host.Get<ElectionsDbFactory>().CreateAsync();
        Assert.True(await check.AuditEvents.AnyAsync(e => e.ApplicationId == applicationId && e.Action == AuditActions.Staff.DocumentViewed && e.Actor == reviewer.Id.ToString()));
    }

    [Fact]
    public async Task Supervisor_PdfOfElevenPages_SeesTheMessageAtTheFile_KeepsWhatWasTyped_AndNothingIsSaved()
    {
        var (browser, _) = await fixture.SignedInStaffAsync(StaffRole.Supervisor);
        var number = await _seed.PersonAsync();
        using (browser)
        {
            var response = await browser.SubmitWithFilesAsync($"{Page}?culture=en", FormName, Fields(_seed.Form(number)), Files(PostalSeed.Photo, ScannedPdf.Make(11)));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = BrowserSession.Normalize(await response.Content.ReadAsStringAsync());
            Assert.Contains("data-testid=\"error-summary\"", page);
            Assert.Contains("data-testid=\"error-postal-ProofOfAddress-file\">The PDF scan has more than 10 pages. Split it into several scans.</p>", page);
            Assert.Contains($"value=\"{number}\"", page);
        }

        Assert.Null(await ReferenceOfAsync(number));
    }

    [Fact]
    public async Task Supervisor_RequestOverTheLimit_IsTurnedAwayBeforeItsBodyIsRead()
    {
        var (browser, _) = await fixture.SignedInStaffAsync(StaffRole.Supervisor);
        var number = await _seed.PersonAsync();
        var huge = new byte[UploadLimitsBytes + 1];
        using (browser)
        {
            var response = await browser.SubmitWithFilesAsync(Page, FormName, Fields(_seed.Form(number)), [("IdDocumentFile", "passport.jpg", huge)]);

            Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
            Assert.Equal($"{Page}?too-large=1", response.Headers.Location!.OriginalString);
            Assert.Contains("The files together are larger than 21 MB. Nothing was entered; choose smaller files.", await browser.GetPageAsync($"{Page}?too-large=1&culture=en"));
        }

        Assert.Null(await ReferenceOfAsync(number));
    }

    [Fact]
    public async Task Reviewer_GetsForbidden_AndTheirUploadChangesNothing()
    {
        var (browser, _) = await fixture.SignedInStaffAsync(StaffRole.Reviewer);
        var number = await _seed.PersonAsync();
        using (browser)
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync(Page)).StatusCode);
            var token = BrowserSession.TokenOf(await browser.GetPageAsync("/office"));
            var response = await browser.PostWithFilesAsync(Page, WithToken(Fields(_seed.Form(number)), token), Files(PostalSeed.Photo, ScannedPdf.Make(1)));
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        Assert.Null(await ReferenceOfAsync(number));
    }

    [Fact]
    public async Task Applicant_UploadIsSentToTheStaffSignIn_AndChangesNothing()
    {
        using var applicant = await fixture.SignInAsync(person: 7);
        var number = await _seed.PersonAsync();
        var token = BrowserSession.TokenOf(await applicant.GetPageAsync("/apply/address"));

        var response = await applicant.PostWithFilesAsync(Page, WithToken(Fields(_seed.Form(number)), token), Files(PostalSeed.Photo, ScannedPdf.Make(1)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/office/sign-in", response.RedirectPath());
        Assert.Null(await ReferenceOfAsync(number));
    }

    [Fact]
    public async Task DataEntryOperator_LandsOnTheEntry_EntersALetter_AndCannotReviewIt()
    {
        var member = await fixture.Host.CreateStaffAsync(StaffRole.DataEntry);
        using var browser = new BrowserSession(fixture.Host.BaseUrl);
        await browser.SignInStaffAsync(member.Email);
        var key = StaffSteps.KeyOnPage(await browser.GetPageAsync(StaffSteps.CodePage));
        var enrolled = await (await browser.SubmitCodeAsync(TestTotp.Code(key, fixture.Host.Clock.GetUtcNow()))).Content.ReadAsStringAsync();
        Assert.Contains($"href=\"{Page}\" data-testid=\"staff-recovery-continue\"", enrolled);

        var number = await _seed.PersonAsync();
        var response = await browser.SubmitWithFilesAsync(Page, FormName, Fields(_seed.Form(number)), Files(PostalSeed.Photo, ScannedPdf.Make(1)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var reference = Assert.IsType<string>(await ReferenceOfAsync(number));
        await using (var db = await fixture.Host.Get<ElectionsDbFactory>().CreateAsync())
        {
            Assert.Equal(member.Id, (await db.Applications.SingleAsync(a => a.PersonalNumber == number)).EnteredBy);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync($"/office/applications/{reference}")).StatusCode);
    }

    [Fact]
    public async Task Supervisor_AddressLeftEmpty_MessagesAndHintsSpeakOfTheApplicant_AndNothingIsSaved()
    {
        var (browser, _) = await fixture.SignedInStaffAsync(StaffRole.Supervisor);
        var number = await _seed.PersonAsync();
        var form = _seed.Form(number);
        (form.Country, form.City, form.Street, form.PostalCode) = (null, null, null, null);
        using (browser)
        {
            var response = await browser.SubmitWithFilesAsync($"{Page}?culture=en", FormName, Fields(form), Files(PostalSeed.Photo, ScannedPdf.Make(1)));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = BrowserSession.Normalize(await response.Content.ReadAsStringAsync());
            Assert.Contains("data-testid=\"error-country\">Choose the country the applicant lives in</p>", page);
            Assert.Contains("data-testid=\"error-city\">Enter the applicant's town or city</p>", page);
            Assert.Contains("data-testid=\"error-street\">Enter the applicant's street and house or flat number</p>", page);
            Assert.Contains("Leave it empty only if the country the applicant lives in has no postal codes", page);
            Assert.DoesNotContain("you live in", page);
            Assert.DoesNotContain("Enter your", page);
        }

        Assert.Null(await ReferenceOfAsync(number));
    }

    private static long UploadLimitsBytes => KosovoElections.Web.Hosting.UploadLimits.MaxRequestBytes;

    /// <summary>The form's typed values as the page's inputs name them.</summary>
    private static Dictionary<string, string> Fields(PostalEntryForm form) =>
        typeof(PostalEntryForm).GetProperties()
            .Where(p => p.PropertyType == typeof(string) && p.CanWrite && p.GetValue(form) is string)
            .ToDictionary(p => $"Form.{p.Name}", p => (string)p.GetValue(form)!);

    private static Dictionary<string, string> WithToken(Dictionary<string, string> fields, string token) =>
        new(fields) { ["__RequestVerificationToken"] = token, ["_handler"] = FormName };

    private static (string, string, byte[])[] Files(byte[] id, byte[] proof) =>
        [("IdDocumentFile", "passport.jpg", id), ("ProofOfAddressFile", "bill.pdf", proof)];

    private async Task<string?> ReferenceOfAsync(string personalNumber)
    {
        await using var db = await fixture.Host.Get<ElectionsDbFactory>().CreateAsync();
        return await db.Applications.Where(a => a.PersonalNumber == personalNumber).Select(a => a.ReferenceNumber).SingleOrDefaultAsync();
    }
}

public sealed class PostalEntryPageTestsOnSqlite(SqliteStaffSiteHost fixture) : PostalEntryPageTests(fixture), IClassFixture<SqliteStaffSiteHost>;

public sealed class PostalEntryPageTestsOnPostgres(PostgresStaffSiteHost fixture) : PostalEntryPageTests(fixture), IClassFixture<PostgresStaffSiteHost>;
