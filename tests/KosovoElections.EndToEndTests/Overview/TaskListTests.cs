using System.Text.RegularExpressions;
using KosovoElections.EndToEndTests.Fixtures;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KosovoElections.EndToEndTests.Overview;

/// <summary>
/// The overview as a GOV.UK task list in real Chromium: every step with its state, one way on, and after a step the
/// applicant lands on the next one still to do instead of back on the list.
/// </summary>
[Collection(OpenElectionSiteCollection.Name)]
public sealed class TaskListTests(ChromiumFixture chromium, OpenElectionSite site)
{
    [Theory]
    [InlineData("sq", 17, "Keni përfunduar 0 nga 6 hapa.")]
    [InlineData("sr-Latn", 19, "Završili ste 0 od 6 koraka.")]
    public async Task Overview_EmptyDraftOnAPhone_ListsTheStepsWithOneWayOnAndNoWithdrawal(string culture, int applicant, string progress)
    {
        await using var context = await chromium.NewContextAsync(Phone());
        var page = await context.NewPageAsync();
        await SignInForm.SignInAsync(page, OpenElectionSite.Applicant(applicant), OpenElectionSite.Born);

        await page.GotoAsync("/apply?culture=" + culture);

        await Expect(page.GetByTestId("task-progress")).ToHaveTextAsync(progress);
        await Expect(page.GetByTestId("task")).ToHaveCountAsync(6);
        await Expect(page.Locator("[data-testid=task][data-state=CannotStartYet]")).ToHaveAttributeAsync("data-step", "CheckAnswers");
        await Expect(page.GetByTestId("withdraw-link")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("next-step-link")).ToHaveAttributeAsync("href", "/apply/selfie");

        // Sign-out is a quiet link in the corner, smaller than the way on.
        var signOut = (await page.GetByTestId("sign-out").BoundingBoxAsync())!;
        var next = (await page.GetByTestId("next-step-link").BoundingBoxAsync())!;
        Assert.True(signOut.Width * signOut.Height < next.Width * next.Height, $"sign-out {signOut.Width}x{signOut.Height}, continue {next.Width}x{next.Height}");
        Assert.True(signOut.Y < next.Y);
        Assert.Equal("rgba(0, 0, 0, 0)", await page.GetByTestId("sign-out").EvaluateAsync<string>("b => getComputedStyle(b).backgroundColor"));
        await page.AssertNoSeriousAxeViolationsAsync();
    }

    [Fact]
    public async Task Steps_SavedOneAfterAnother_EachLandsOnTheNextUnfinishedStep()
    {
        const string address = "dardan.berisha@example.org";
        await using var context = await chromium.NewContextAsync(site.Voter(locale: "en-GB"));
        var page = await context.NewPageAsync();
        await SignInForm.SignInAsync(page, OpenElectionSite.Applicant(18), OpenElectionSite.Born);

        await page.Locator("[data-testid=task][data-step=Email]").GetByTestId("task-link").ClickAsync();
        await page.GetByTestId("email").FillAsync(address);
        await page.GetByTestId("email-submit").ClickAsync();
        await page.GetByTestId("email-code").FillAsync(await site.CodeSentToAsync(address));
        await page.GetByTestId("email-code-submit").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/apply/address$"));
        await page.GetByTestId("address-country").SelectOptionAsync("CH");
        await page.GetByTestId("address-city").FillAsync("Zürich");
        await page.GetByTestId("address-street").FillAsync("Langstrasse 21");
        await page.GetByTestId("address-postal-code").FillAsync("8004");
        await page.GetByTestId("phone-number").FillAsync("079 123 45 67");
        await page.GetByTestId("address-submit").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/apply/return-method$"));
        await page.GetByTestId("return-method-PostalAbroad").CheckAsync();
        await page.GetByTestId("return-method-submit").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/apply/documents/identity$"));
        await page.GotoAsync("/apply");
        await Expect(page.GetByTestId("task-progress")).ToHaveTextAsync("You have completed 3 of 6 steps.");
        await Expect(page.Locator("[data-testid=task][data-state=Completed]")).ToHaveCountAsync(3);
        await Expect(page.GetByTestId("next-step")).ToHaveAttributeAsync("data-step", "Selfie");
        await Expect(page.GetByTestId("withdraw-link")).ToBeVisibleAsync();
        await page.AssertNoSeriousAxeViolationsAsync();
    }

    private BrowserNewContextOptions Phone()
    {
        var options = site.Voter();
        options.ViewportSize = new() { Width = 390, Height = 844 };
        return options;
    }
}
