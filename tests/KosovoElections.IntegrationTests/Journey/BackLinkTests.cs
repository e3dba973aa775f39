using System.Text.RegularExpressions;

namespace KosovoElections.IntegrationTests.Journey;

/// <summary>Every question page has GOV.UK's Back link above its heading, to the page before it in the application's order.</summary>
public sealed partial class BackLinkTests(JourneyHost fixture) : IClassFixture<JourneyHost>
{
    [Theory]
    [InlineData("/apply/selfie", "/apply")]
    [InlineData("/apply/email", "/apply/selfie")]
    [InlineData("/apply/address", "/apply/email")]
    [InlineData("/apply/return-method", "/apply/address")]
    [InlineData("/apply/documents/identity", "/apply/return-method")]
    [InlineData("/apply/documents/identity-back", "/apply/documents/identity")]
    [InlineData("/apply/documents/selfie-with-id", "/apply/documents/identity")]
    [InlineData("/apply/documents/address", "/apply/documents/selfie-with-id")]
    [InlineData("/apply/check", "/apply/documents")]
    public async Task Page_QuestionPage_BackLinkBeforeTheHeadingToThePreviousStep(string path, string back)
    {
        using var browser = await fixture.SignInAsync(40);

        var page = await browser.GetPageAsync(path + "?culture=en");

        var link = BackLink().Match(page);
        Assert.True(link.Success, $"{path} has no Back link.");
        Assert.Equal(back, link.Groups["href"].Value);
        Assert.Equal("Back", link.Groups["text"].Value);
        Assert.True(link.Index < page.IndexOf("<h1", StringComparison.Ordinal), $"{path}'s Back link is not above its heading.");
    }

    [GeneratedRegex("""<a class="back-link" href="(?<href>[^"]*)" data-testid="back-link">(?<text>[^<]*)</a>""")]
    private static partial Regex BackLink();
}
