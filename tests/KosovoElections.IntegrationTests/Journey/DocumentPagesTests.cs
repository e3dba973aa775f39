using System.Net;
using KosovoElections.Application.Registration.Capture;
using KosovoElections.Application.Registration.Sessions;
using KosovoElections.Domain.Applications;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using KosovoElections.IntegrationTests.Images;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.IntegrationTests.Journey;

/// <summary>
/// The documents step asks one thing per page; its old address, open in a tab or bookmarked, leads to the first page
/// still to do, with the language chosen kept.
/// </summary>
public sealed class DocumentPagesTests(JourneyHost fixture) : IClassFixture<JourneyHost>
{
    [Fact]
    public async Task OldAddress_NothingPhotographed_LeadsToTheIdentityDocumentPage()
    {
        using var browser = await fixture.SignInAsync(45);

        Assert.Equal("/apply/documents/identity?culture=en", await RedirectOfAsync(browser, "/apply/documents?culture=en"));
    }

    [Fact]
    public async Task OldAddress_IdCardFrontOnly_LeadsToTheCardsBack()
    {
        using var browser = await fixture.SignInAsync(46);
        await CaptureAsync(46, DocumentKind.IdDocument, DocumentSubtype.IdCardFront);

        Assert.Equal("/apply/documents/identity-back", await RedirectOfAsync(browser, "/apply/documents"));
    }

    [Fact]
    public async Task OldAddress_PassportAndSelfieWithIt_LeadsToTheProofOfAddress()
    {
        using var browser = await fixture.SignInAsync(47);
        await CaptureAsync(47, DocumentKind.IdDocument, DocumentSubtype.Passport);
        await CaptureAsync(47, DocumentKind.SelfieWithId, DocumentSubtype.None);

        Assert.Equal("/apply/documents/address", await RedirectOfAsync(browser, "/apply/documents"));
    }

    [Fact]
    public async Task OldAddress_EverythingPhotographed_LeadsToTheFirstPageToLookAtOrRetake()
    {
        using var browser = await fixture.SignInAsync(48);
        await CaptureAsync(48, DocumentKind.IdDocument, DocumentSubtype.DrivingLicence);
        await CaptureAsync(48, DocumentKind.SelfieWithId, DocumentSubtype.None);
        await CaptureAsync(48, DocumentKind.ProofOfAddress, DocumentSubtype.UtilityBill);

        Assert.Equal("/apply/documents/identity", await RedirectOfAsync(browser, "/apply/documents"));
    }

    [Theory]
    [InlineData("/apply/documents/identity", "Which Kosovo document do you have?")]
    [InlineData("/apply/documents/identity-back", "ID card – back")]
    [InlineData("/apply/documents/selfie-with-id", "A photo of you holding the document")]
    [InlineData("/apply/documents/address", "What proof of your address abroad do you have?")]
    public async Task Page_EachDocumentPage_AsksOneThingWithAtMostOneCamera(string path, string question)
    {
        using var browser = await fixture.SignInAsync(49);

        var page = await browser.GetPageAsync(path + "?culture=en");

        Assert.Contains($">{question}</h1>", page, StringComparison.Ordinal);
        Assert.Contains($"<title>{question} – ", page, StringComparison.Ordinal);
        Assert.True(System.Text.RegularExpressions.Regex.Count(page, "data-testid=\"camera\"") <= 1, $"{path} shows more than one camera.");
    }

    private static async Task<string> RedirectOfAsync(BrowserSession browser, string path)
    {
        var response = await browser.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        return location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }

    private async Task CaptureAsync(int person, DocumentKind kind, DocumentSubtype subtype)
    {
        var number = SignInSeed.Numbered(person);
        await using var db = await fixture.Host.Get<ElectionsDbFactory>().CreateAsync();
        var election = await db.Applications.Where(a => a.PersonalNumber == number).Select(a => a.ElectionId).SingleAsync();
        var captured = await fixture.Host.Get<CaptureDocument>().HandleAsync(
            new CaptureCommand(new ApplicantIdentity("test", number, election), kind, subtype, SyntheticPhoto.Camera(1200, 900, seed: person)));
        Assert.NotNull(captured.DocumentId);
    }
}
