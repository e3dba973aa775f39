using System.Text.RegularExpressions;
using KosovoElections.Domain.Applications;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KosovoElections.EndToEndTests.Fixtures;

/// <summary>
/// An applicant's whole journey as a person clicks through it from the start page, with the fake camera: sign-in,
/// selfie, e-mail with the code read from the real SMTP listener, address, return method, documents, check your
/// answers, declaration, APLIKO. Shared by the journey's own test and the back office's, which reviews what it sends.
/// </summary>
public static class ApplicantJourney
{
    /// <summary>Applies as <paramref name="personalNumber"/> in <paramref name="language"/> and returns the reference on the confirmation panel.</summary>
    public static async Task<string> ApplyAsync(IPage page, OpenElectionSite site, string personalNumber, string email, string language)
    {
        await PrepareAsync(page, site, personalNumber, email, language);
        return await SubmitAsync(page);
    }

    /// <summary>Every step up to the declaration, which is left open and not yet accepted.</summary>
    public static async Task PrepareAsync(IPage page, OpenElectionSite site, string personalNumber, string email, string language)
    {
        await page.GotoAsync("/");
        await page.GetByTestId("language-" + language).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
        await page.GetByTestId("start-button").ClickAsync();
        await SignInForm.FillAsync(page, personalNumber, OpenElectionSite.Born);
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

        // The documents step, one thing per page, each Continue on to the next.
        await NextStepAsync(page, "Documents");
        await CaptureSlot.CapturePassportAsync(page);
        await page.GetByTestId("step-continue").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/apply/documents/selfie-with-id$"));
        await CaptureSlot.CaptureAsync(page.GetByTestId("capture-slot-SelfieWithId-None"));
        await page.GetByTestId("step-continue").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/apply/documents/address$"));
        await page.GetByTestId("proof-type-UtilityBill").CheckAsync();
        await CaptureSlot.CaptureAsync(page.GetByTestId("capture-slot-ProofOfAddress-UtilityBill"));

        await NextStepAsync(page, "CheckAnswers");
        await Expect(page.GetByTestId("check-answers")).ToContainTextAsync(email);
        await Expect(page.GetByTestId("check-thumbnail")).ToHaveCountAsync(4);
        await page.GetByTestId("check-continue").ClickAsync();
        await Expect(page.GetByTestId("declaration-form")).ToBeVisibleAsync();
    }

    /// <summary>On the declaration: accepts it, presses APLIKO and returns the reference on the confirmation panel.</summary>
    public static async Task<string> SubmitAsync(IPage page)
    {
        await page.GetByTestId("declaration-accept").CheckAsync();
        await page.GetByTestId("apliko").ClickAsync();

        await Expect(page.GetByTestId("confirmation-panel")).ToBeVisibleAsync();
        var reference = (await page.GetByTestId("confirmation-reference").TextContentAsync())!.Trim();
        Assert.True(ReferenceNumber.IsValid(reference), reference);
        return reference;
    }

    /// <summary>From the application's overview, follows the link of the step the overview says comes next.</summary>
    private static async Task NextStepAsync(IPage page, string step)
    {
        await page.GotoAsync("/apply");
        await Expect(page.GetByTestId("next-step")).ToHaveAttributeAsync("data-step", step);
        await page.GetByTestId("next-step-link").ClickAsync();
    }
}
