using System.Net;
using KosovoElections.Domain.Applications;
using KosovoElections.IntegrationTests.Fixtures;

namespace KosovoElections.IntegrationTests.Status;

/// <summary>Check your answers over HTTP (SPEC §4 step 8): everything entered, its thumbnails, a way back to each step.</summary>
public abstract class CheckAnswersPageTests(StatusHost fixture)
{
    [Fact]
    public async Task Check_CompleteApplication_ShowsWhatWasEnteredWithChangeLinksAndTheWayToTheDeclaration()
    {
        fixture.Clock.Set(StatusHost.Now);
        using var browser = await fixture.SignInAsync(0);
        var documents = await fixture.CompleteAsync(0);

        var page = BrowserSession.Normalize(await browser.GetPageAsync("/apply/check?culture=en"));

        Assert.Contains("Blerta Shala", page);
        Assert.Contains("voter0@example.org", page);
        Assert.Contains("Mariahilfer Straße 10/4<br>1070 Wien<br>Austria", page);
        Assert.Contains("Change<span class=\"visually-hidden\"> Verified e-mail</span>", page);
        Assert.Contains("+43 1 4001234", page);
        Assert.Contains("By post to the CEC mailbox in Kosovo", page);
        Assert.Contains("Identity document: Passport (data page)", page);
        Assert.Contains("Proof of address: Utility bill", page, StringComparison.OrdinalIgnoreCase);
        foreach (var id in documents.Values)
        {
            Assert.Contains($"src=\"/apply/documents/{id}/thumbnail\"", page);
        }

        foreach (var (testId, href) in new[]
        {
            ("change-email", "/apply/email"), ("change-address", "/apply/address"), ("change-phone", "/apply/address"),
            ("change-return-method", "/apply/return-method"), ("change-selfie", "/apply/selfie"), ("change-documents", "/apply/documents/identity"), ("change-documents", "/apply/documents/address"),
            ("check-continue", "/apply/declaration"),
        })
        {
            Assert.Contains($"href=\"{href}\" data-testid=\"{testId}\"", page);
        }
    }

    [Fact]
    public async Task Overview_CompleteApplication_LinksToTheCheckPageAndTheDeclarationLinksBack()
    {
        fixture.Clock.Set(StatusHost.Now);
        using var browser = await fixture.SignInAsync(1);
        await fixture.CompleteAsync(1);

        var overview = await browser.GetPageAsync("/apply?culture=en");
        var declaration = await browser.GetPageAsync("/apply/declaration?culture=en");

        Assert.Contains("href=\"/apply/check\" data-testid=\"next-step-link\"", overview);
        Assert.Contains("href=\"/apply/check\" data-testid=\"declaration-back\"", declaration);
    }

    [Fact]
    public async Task Check_IncompleteApplication_NamesTheMissingStepInsteadOfTheDeclaration()
    {
        fixture.Clock.Set(StatusHost.Now);
        using var browser = await fixture.SignInAsync(2);

        var page = BrowserSession.Normalize(await browser.GetPageAsync("/apply/check?culture=en"));

        Assert.Contains("data-testid=\"check-incomplete\"", page);
        Assert.DoesNotContain("data-testid=\"check-continue\"", page);
        Assert.Contains("Not given yet", page);
    }

    [Fact]
    public async Task Check_SubmittedApplication_ShowsNoChangeLinks()
    {
        fixture.Clock.Set(StatusHost.Now);
        using var browser = await fixture.SignInAsync(3);
        await fixture.CompleteAsync(3);
        await fixture.ChangeAsync(3, (a, now) => a.Submit(ReferenceNumber.New(), now, now));

        var page = await browser.GetPageAsync("/apply/check?culture=en");

        Assert.Contains("data-testid=\"check-not-editable\"", page);
        Assert.DoesNotContain("data-testid=\"change-", page);
    }

    [Fact]
    public async Task Check_SignedOut_RedirectsToSignIn()
    {
        using var browser = new BrowserSession(fixture.Host.BaseUrl);

        var response = await browser.GetAsync("/apply/check");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/apply/sign-in", response.Headers.Location!.AbsolutePath);
    }
}

public sealed class CheckAnswersPageTestsOnSqlite(SqliteStatusHost fixture) : CheckAnswersPageTests(fixture), IClassFixture<SqliteStatusHost>;

public sealed class CheckAnswersPageTestsOnPostgres(PostgresStatusHost fixture) : CheckAnswersPageTests(fixture), IClassFixture<PostgresStatusHost>;
