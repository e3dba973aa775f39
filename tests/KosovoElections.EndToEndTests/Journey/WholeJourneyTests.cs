using KosovoElections.Domain.Applications;
using KosovoElections.EndToEndTests.Fixtures;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KosovoElections.EndToEndTests.Journey;

/// <summary>
/// The whole applicant journey in real Chromium, as a person clicks through it from the start page: sign-in, selfie
/// with the fake camera, e-mail with the code read from the real SMTP listener, address, return method, documents,
/// check your answers, declaration, APLIKO — ending on the confirmation panel, in English and in Albanian.
/// </summary>
[Collection(ApplicantCameraCollection.Name)]
public sealed class WholeJourneyTests(FakeCameraChromium chromium, OpenElectionSite site)
{
    [Theory]
    [InlineData("en", 0)]
    [InlineData("sq", 1)]
    public async Task Journey_FromStartPageToConfirmation_SubmitsTheApplication(string language, int applicant)
    {
        var email = $"applicant{applicant}.{language}@example.org";
        await using var context = await chromium.NewContextAsync(new() { BaseURL = site.BaseUrl, Locale = "de-DE", TimezoneId = "Europe/Zurich", Permissions = ["camera"] });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        await page.GetByTestId("language-" + language).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
        await page.GetByTestId("start-button").ClickAsync();
        await SignInForm.FillAsync(page, OpenElectionSite.Applicant(applicant), OpenElectionSite.Born);
        await page.GetByTestId("sign-in-submit").ClickAsync();

        await NextStepAsync(page, "Selfie");
        await CaptureSlot.CaptureAsync(page.GetByTestId("capture-slot-Selfie-None"));

        await NextStepAsync(page, "Email");
        await page.GetByTestId("email").FillAsync(email);
        await page.GetByTestId("email-submit").ClickAsync();
        await page.GetByTestId("email-code").FillAsync(await site.CodeSentToAsync(email));
        await page.GetByTestId("email-code-submit").ClickAsync();

        await NextStepAsync(page, "Address");
        await page.GetByTestId("address-country").SelectOptionAsync("CH");
        await page.GetByTestId("address-city").FillAsync("Zürich");
        await page.GetByTestId("address-street").FillAsync("Langstrasse 21");
        await page.GetByTestId("address-postal-code").FillAsync("8004");
        await page.GetByTestId("phone-number").FillAsync("079 123 45 67");
        await page.GetByTestId("address-submit").ClickAsync();

        await NextStepAsync(page, "ReturnMethod");
        await page.GetByTestId("return-method-PostalAbroad").CheckAsync();
        await page.GetByTestId("return-method-submit").ClickAsync();

        await NextStepAsync(page, "Documents");
        await CaptureSlot.CapturePassportAsync(page);
        await CaptureSlot.CaptureAsync(page.GetByTestId("capture-slot-SelfieWithId-None"));
        await page.GetByTestId("proof-type-UtilityBill").CheckAsync();
        await CaptureSlot.CaptureAsync(page.GetByTestId("capture-slot-ProofOfAddress-UtilityBill"));

        await NextStepAsync(page, "CheckAnswers");
        await Expect(page.GetByTestId("check-answers")).ToContainTextAsync(email);
        await Expect(page.GetByTestId("check-thumbnail")).ToHaveCountAsync(4);
        await page.GetByTestId("check-continue").ClickAsync();

        await page.GetByTestId("declaration-accept").CheckAsync();
        await page.GetByTestId("apliko").ClickAsync();

        await Expect(page.GetByTestId("confirmation-panel")).ToBeVisibleAsync();
        var reference = (await page.GetByTestId("confirmation-reference").TextContentAsync())!.Trim();
        Assert.True(ReferenceNumber.IsValid(reference), reference);
        Assert.Equal(language, await page.EvaluateAsync<string>("document.documentElement.lang"));
    }

    /// <summary>From the application's overview, follows the link of the step the overview says comes next.</summary>
    private static async Task NextStepAsync(IPage page, string step)
    {
        await page.GotoAsync("/apply");
        await Expect(page.GetByTestId("next-step")).ToHaveAttributeAsync("data-step", step);
        await page.GetByTestId("next-step-link").ClickAsync();
    }
}
