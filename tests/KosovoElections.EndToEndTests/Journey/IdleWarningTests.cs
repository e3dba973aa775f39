using KosovoElections.EndToEndTests.Fixtures;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KosovoElections.EndToEndTests.Journey;

/// <summary>
/// GOV.UK's timeout warning in real Chromium: two minutes before an idle applicant's 30 minutes are up a modal dialog
/// takes the focus and offers to stay signed in, which keeps the session; left alone, the page ends on "You have been
/// signed out" in the reader's language. The server's clock and the browser's (Playwright's fake timers) are moved
/// together; nothing waits on real time.
/// </summary>
[Collection(IdleSessionCollection.Name)]
public sealed class IdleWarningTests(ChromiumFixture chromium, OpenElectionSite site)
{
    [Theory]
    [InlineData("/apply/address", "address-form", 0)]
    [InlineData("/apply/selfie", "capture-slot-Selfie-None", 1)]
    public async Task Warning_IdleForTwentyEightMinutes_DialogTakesTheFocusAndStayKeepsTheSession(string path, string ready, int applicant)
    {
        await using var context = await chromium.NewContextAsync(site.Voter(locale: "en-GB"));
        var page = await context.NewPageAsync();
        await page.Clock.InstallAsync();
        await SignInForm.SignInAsync(page, OpenElectionSite.Applicant(applicant), OpenElectionSite.Born);
        await page.GotoAsync(path + "?culture=en");
        await Expect(page.GetByTestId(ready)).ToBeVisibleAsync();
        var warning = page.GetByTestId("session-timeout");
        await Expect(warning).ToBeHiddenAsync();

        await IdleAsync(page, TimeSpan.FromMinutes(28.5));

        await Expect(warning).ToBeVisibleAsync();
        await Expect(warning).ToHaveAttributeAsync("aria-modal", "true");
        await Expect(page.GetByRole(AriaRole.Dialog, new() { Name = "You will be signed out soon" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("session-timeout-stay")).ToBeFocusedAsync();
        await page.AssertNoSeriousAxeViolationsAsync();
        Directory.CreateDirectory(ApplicantPagesLookTests.Screenshots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ApplicantPagesLookTests.Screenshots, $"timeout-warning{path.Replace('/', '-')}-en-1280.png") });

        await page.GetByTestId("session-timeout-stay").ClickAsync();

        await Expect(warning).ToBeHiddenAsync();
        site.Host.Clock.Advance(TimeSpan.FromMinutes(28.5)); // 57 minutes after sign-in: alive only because it was extended
        await page.GotoAsync(path + "?culture=en");
        await Expect(page.GetByTestId(ready)).ToBeVisibleAsync();
    }

    [Theory]
    [InlineData("/apply/address", "sr-Latn", "Odjavili smo vas", 2)]
    [InlineData("/apply/selfie", "sq", "Ju nxorëm nga sistemi", 3)]
    public async Task Warning_LeftAlonePastThirtyMinutes_EndsOnSignedOutInTheReadersLanguage(string path, string culture, string title, int applicant)
    {
        await using var context = await chromium.NewContextAsync(site.Voter());
        var page = await context.NewPageAsync();
        await page.Clock.InstallAsync();
        await SignInForm.SignInAsync(page, OpenElectionSite.Applicant(applicant), OpenElectionSite.Born);
        await page.GotoAsync(path + "?culture=" + culture);
        await Expect(page.GetByTestId("back-link")).ToBeVisibleAsync();

        await IdleAsync(page, TimeSpan.FromMinutes(31));

        await Expect(page.GetByTestId("signed-out")).ToHaveTextAsync(title);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture);
        await page.GotoAsync("/apply/address");
        await Expect(page.GetByTestId("sign-in-form")).ToBeVisibleAsync();
    }

    /// <summary>The applicant does nothing for <paramref name="idle"/>: the server's clock and the page's both move on.</summary>
    private async Task IdleAsync(IPage page, TimeSpan idle)
    {
        site.Host.Clock.Advance(idle);
        await page.Clock.FastForwardAsync((long)idle.TotalMilliseconds);
    }
}

/// <summary>A site of its own, since these tests move its clock by half an hour.</summary>
[CollectionDefinition(Name)]
public sealed class IdleSessionCollection : ICollectionFixture<ChromiumFixture>, ICollectionFixture<OpenElectionSite>
{
    public const string Name = "An open election whose clock the idle tests move, in Chromium";
}
