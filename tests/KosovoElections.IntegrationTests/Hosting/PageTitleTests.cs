using System.Net;
using System.Text.RegularExpressions;
using KosovoElections.IntegrationTests.Fixtures;
using KosovoElections.IntegrationTests.SignIn;

namespace KosovoElections.IntegrationTests.Hosting;

/// <summary>
/// Each page names itself in the tab, the history and a screen reader ("Question – Service", WCAG 2.4.2), in the
/// reader's language, with "Error: " in front while the page shows a validation error.
/// </summary>
public sealed partial class PageTitleTests(SqliteSignInHost fixture) : IClassFixture<SqliteSignInHost>
{
    [Theory]
    [InlineData("/", "sq", "Regjistrimi i votuesve jashtë Kosovës")]
    [InlineData("/apply/sign-in", "sq", "Identifikohuni – Regjistrimi i votuesve jashtë Kosovës")]
    [InlineData("/apply/sign-in", "sr-Latn", "Identifikujte se – Registracija birača van Kosova")]
    [InlineData("/apply/sign-in", "en", "Sign in – Registration of voters outside Kosovo")]
    [InlineData("/office/sign-in", "sr-Latn", "Identifikacija osoblja CIK-a – Registracija birača van Kosova")]
    [InlineData("/office/sign-in", "en", "CEC staff sign-in – Registration of voters outside Kosovo")]
    public async Task Title_EachPage_NamesThePageThenTheService(string path, string culture, string title)
    {
        using var browser = new BrowserSession(fixture.Host.BaseUrl);

        var page = await browser.GetPageAsync(path + "?culture=" + culture);

        Assert.Equal([title], Titles(page));
    }

    [Theory]
    [InlineData("sq", "Gabim: Identifikohuni – Regjistrimi i votuesve jashtë Kosovës")]
    [InlineData("sr-Latn", "Greška: Identifikujte se – Registracija birača van Kosova")]
    [InlineData("en", "Error: Sign in – Registration of voters outside Kosovo")]
    public async Task Title_SignInWithAValidationError_StartsWithError(string culture, string title)
    {
        using var browser = new BrowserSession(fixture.Host.BaseUrl);

        var response = await browser.SubmitAsync("/apply/sign-in?culture=" + culture, "sign-in", new Dictionary<string, string> { ["Form.Day"] = "12" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([title], Titles(await response.Content.ReadAsStringAsync()));
    }

    private static List<string> Titles(string page) =>
        Title().Matches(page).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

    [GeneratedRegex("<title>(.*?)</title>", RegexOptions.Singleline)]
    private static partial Regex Title();
}
