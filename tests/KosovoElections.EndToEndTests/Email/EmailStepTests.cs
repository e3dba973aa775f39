using System.Text.RegularExpressions;
using KosovoElections.EndToEndTests.Fixtures;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KosovoElections.EndToEndTests.Email;

/// <summary>The e-mail step in real Chromium: the address, the code read from what the real SMTP server received, back to the application.</summary>
[Collection(OpenElectionSiteCollection.Name)]
public sealed partial class EmailStepTests(ChromiumFixture chromium, OpenElectionSite site)
{
    [Fact]
    public async Task EmailStep_AddressThenCodeFromTheMessage_ShowsTheVerifiedAddressOnTheApplication()
    {
        const string address = "arta.krasniqi@example.org";
        await using var context = await chromium.NewContextAsync(site.Voter(locale: "en-GB"));
        var page = await context.NewPageAsync();
        await SignInForm.SignInAsync(page, OpenElectionSite.Applicant(4), OpenElectionSite.Born);

        await page.GotoAsync("/apply/email");
        await Expect(page.GetByTestId("email")).ToHaveAttributeAsync("type", "email");
        await page.GetByTestId("email").FillAsync(address);
        await page.GetByTestId("email-submit").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/apply/email/code$"));
        await Expect(page.GetByTestId("email-sent-to")).ToContainTextAsync(address);
        await Expect(page.GetByTestId("email-resend")).ToBeDisabledAsync();
        await Expect(page.GetByTestId("resend-cooldown")).ToHaveTextAsync(CountingDown());
        await page.AssertNoSeriousAxeViolationsAsync();
        var code = await site.CodeSentToAsync(address);

        await page.GetByTestId("email-code").FillAsync($"{code[..3]} {code[3..]}");
        await page.GetByTestId("email-code-submit").ClickAsync();

        // Straight on to the step after the e-mail; the selfie, not taken yet, waits until the steps after it are done.
        await Expect(page).ToHaveURLAsync(new Regex("/apply/address$"));
        await page.GotoAsync("/apply");
        await Expect(page.GetByTestId("verified-email")).ToHaveTextAsync(address);
        await Expect(page.GetByTestId("next-step")).ToHaveAttributeAsync("data-step", "Selfie");
    }


    /// <summary>The script has taken over from the server's "1:00": it ticks below a minute.</summary>
    [GeneratedRegex(@"in 0:[0-5][0-9]\.$")]
    private static partial Regex CountingDown();

}
