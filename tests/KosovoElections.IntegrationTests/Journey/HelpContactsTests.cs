using System.Net;
using KosovoElections.IntegrationTests.Fixtures;
using KosovoElections.IntegrationTests.SignIn;

namespace KosovoElections.IntegrationTests.Journey;

/// <summary>Every public page says how to reach the CEC for help, in the reader's language, as the operator configured it.</summary>
public sealed class HelpContactsTests(JourneyHost fixture) : IClassFixture<JourneyHost>
{
    [Theory]
    [InlineData("/", "sq", "Keni nevojë për ndihmë?", "E hënë – e premte, 08:00–16:00 sipas orës së Kosovës")]
    [InlineData("/apply/sign-in", "sr-Latn", "Potrebna vam je pomoć?", "Ponedeljak – petak, 08:00–16:00 po kosovskom vremenu")]
    [InlineData("/statistics", "en", "Need help?", "Monday to Friday, 08:00–16:00 Kosovo time")]
    public async Task Page_PublicPage_ShowsTheConfiguredContactsInTheReadersLanguage(string path, string culture, string title, string hours)
    {
        using var browser = new BrowserSession(fixture.Host.BaseUrl);

        var page = WebUtility.HtmlDecode(await browser.GetPageAsync(path + "?culture=" + culture));

        Assert.Contains($"<h2 class=\"help-contacts__title\" id=\"help-title\">{title}</h2>", page);
        Assert.Contains($"<a href=\"tel:+38338000111\" data-testid=\"help-phone\">{JourneyHost.Phone}</a>", page);
        Assert.Contains($"<a href=\"mailto:{JourneyHost.Email}\" data-testid=\"help-email\">{JourneyHost.Email}</a>", page);
        Assert.Contains($"<p data-testid=\"help-hours\">{hours}</p>", page);
    }

    [Fact]
    public async Task Page_SignedInApplicantsStep_ShowsTheContacts()
    {
        using var browser = await fixture.SignInAsync(41);

        var page = await browser.GetPageAsync("/apply/address?culture=en");

        Assert.Contains("data-testid=\"help-phone\"", page);
    }
}

/// <summary>A site whose operator configured no help contacts shows no help section rather than made-up ones.</summary>
public sealed class NoHelpContactsTests(SqliteSignInHost fixture) : IClassFixture<SqliteSignInHost>
{
    [Fact]
    public async Task Page_NothingConfigured_NoHelpSection()
    {
        using var browser = new BrowserSession(fixture.Host.BaseUrl);

        var page = await browser.GetPageAsync("/?culture=en");

        Assert.Contains("site-footer", page);
        Assert.DoesNotContain("data-testid=\"help\"", page);
    }
}
