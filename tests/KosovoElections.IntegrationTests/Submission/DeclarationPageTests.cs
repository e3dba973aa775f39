using System.Net;
using System.Text.RegularExpressions;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Elections;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using KosovoElections.IntegrationTests.SignIn;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.IntegrationTests.Submission;

/// <summary>The declaration page and APLIKO over HTTP: accepted once, with the reference on the confirmation panel.</summary>
public sealed partial class DeclarationPageTests(SqliteSignInHost fixture) : IClassFixture<SqliteSignInHost>
{
    [Fact]
    public async Task Apliko_WithoutAccepting_AsksForTheDeclarationThenSubmitsOnceWhenPostedTwice()
    {
        fixture.StartSlot(40);
        using var browser = await SignedInWithCompleteApplicationAsync(SignInSeed.Numbered(52), 52);

        var refused = await browser.SubmitAsync("/apply/declaration?culture=en", "declaration", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("You must accept the declaration", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));

        var accepted = await browser.SubmitAsync("/apply/declaration", "declaration", new Dictionary<string, string> { ["Accepted"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var again = await browser.SubmitAsync("/apply/declaration", "declaration", new Dictionary<string, string> { ["Accepted"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);

        var confirmation = await browser.GetPageAsync("/apply/confirmation?culture=en");
        var reference = Reference().Match(confirmation).Groups[1].Value;
        Assert.True(ReferenceNumber.IsValid(reference), reference);
        await using var db = await fixture.Host.Get<ElectionsDbFactory>().CreateAsync();
        var application = await db.Applications.SingleAsync(a => a.PersonalNumber == SignInSeed.Numbered(52));
        Assert.Equal((ApplicationStatus.Submitted, reference), (application.Status, application.ReferenceNumber));
    }

    [Theory]
    [InlineData("sq", 57, "Çfarë ndodh më pas", "Pa dëftesën, fletëvotimi juaj refuzohet.")]
    [InlineData("sr-Latn", 58, "Šta sledi", "Bez potvrde vaš glasački listić se odbija.")]
    [InlineData("en", 59, "What happens next", "Without the receipt, your ballot is rejected.")]
    public async Task Confirmation_AfterApliko_SaysWhatHappensNextUpToTheReceiptInThePackage(string culture, int person, string title, string receipt)
    {
        fixture.StartSlot(45 + person - 57);
        using var browser = await SignedInWithCompleteApplicationAsync(SignInSeed.Numbered(person), person);
        await browser.SubmitAsync("/apply/declaration", "declaration", new Dictionary<string, string> { ["Accepted"] = "true" });

        var page = BrowserSession.Normalize(await browser.GetPageAsync("/apply/confirmation?culture=" + culture));

        Assert.Contains("data-testid=\"confirmation-reference\"", page);
        Assert.Matches($"data-testid=\"what-happens-next\">\\s*<h2>{title}</h2>", page);
        Assert.Contains(receipt, page);
    }

    [Theory]
    [InlineData("sq", 54, "Gabim: Deklarata")]
    [InlineData("sr-Latn", 55, "Greška: Izjava")]
    [InlineData("en", 56, "Error: Declaration")]
    public async Task Apliko_WithoutAccepting_ShowsTheMessageAtTheCheckboxAndLinksToIt(string culture, int person, string title)
    {
        fixture.StartSlot(42 + person - 54);
        using var browser = await SignedInWithCompleteApplicationAsync(SignInSeed.Numbered(person), person);

        var refused = await browser.SubmitAsync("/apply/declaration?culture=" + culture, "declaration", new Dictionary<string, string>());

        var page = BrowserSession.Normalize(WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.Contains($"<title>{title} – ", page);
        Assert.Matches(
            "<div class=\"form-group form-group--error\">\\s*<p class=\"error-message\" id=\"Accepted-error\" data-testid=\"declaration-error\">[^<]+</p>"
            + "\\s*<div class=\"checkbox\">\\s*<input type=\"checkbox\" id=\"Accepted\"[^>]* aria-describedby=\"Accepted-error\"",
            page);
        Assert.Contains("<li><a href=\"/apply/declaration?culture=" + culture + "#Accepted\">", page);
    }

    [Fact]
    public async Task Apliko_AfterTheDeadline_IsRefusedWhateverThePageShowed()
    {
        fixture.Clock.Set(SignInSeed.Closes.AddMinutes(-10));
        using var browser = await SignedInWithCompleteApplicationAsync(SignInSeed.Numbered(53), 53);
        var page = await browser.GetPageAsync("/apply/declaration?culture=en");
        fixture.Clock.Set(SignInSeed.Closes.AddSeconds(1));
        try
        {
            var response = await browser.PostAsync("/apply/declaration?culture=en", new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = BrowserSession.TokenOf(page),
                ["_handler"] = "declaration",
                ["Accepted"] = "true",
            });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("cannot be submitted", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
            await using var db = await fixture.Host.Get<ElectionsDbFactory>().CreateAsync();
            Assert.Equal(ApplicationStatus.Draft, (await db.Applications.SingleAsync(a => a.PersonalNumber == SignInSeed.Numbered(53))).Status);
        }
        finally
        {
            fixture.StartSlot(41);
        }
    }

    private async Task<BrowserSession> SignedInWithCompleteApplicationAsync(string number, int day)
    {
        var browser = new BrowserSession(fixture.Host.BaseUrl);
        var born = SignInSeed.AdultBorn.AddDays(day);
        var signedIn = await browser.SignInAsync(number, born);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        var now = fixture.Clock.UtcNow;
        await using var db = await fixture.Host.Get<ElectionsDbFactory>().CreateAsync();
        var application = await db.Applications.SingleAsync(a => a.PersonalNumber == number);
        application.RecordVerifiedEmail(number + "@example.org", now);
        application.RecordAddress(new AddressAbroad("AT", "Wien", "Mariahilfer Straße 10/4", "1070"), "+4314001234", now);
        application.ChooseReturnMethod(ReturnMethod.PostalKosovo, now);
        foreach (var kind in new[] { DocumentKind.Selfie, DocumentKind.IdDocument, DocumentKind.SelfieWithId, DocumentKind.ProofOfAddress })
        {
            db.Documents.Add(new Document(application.Id, kind, DocumentSubtype.None, now, new ImageFacts(1, 1, new string('b', 64), 0, 128, 500), "db:x", "db:y"));
        }

        await db.SaveChangesAsync();
        return browser;
    }

    [GeneratedRegex("data-testid=\"confirmation-reference\">([^<]+)<")]
    private static partial Regex Reference();
}
