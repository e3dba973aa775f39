using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KosovoElections.EndToEndTests.Fixtures;

/// <summary>What an applicant does on the sign-in page, for the tests that need it.</summary>
public static class SignInForm
{
    public static async Task FillAsync(IPage page, string personalNumber, DateOnly born)
    {
        await page.GetByTestId("personal-number").FillAsync(personalNumber);
        await page.GetByTestId("dob-day").FillAsync(born.Day.ToString(CultureInfo.InvariantCulture));
        await page.GetByTestId("dob-month").FillAsync(born.Month.ToString(CultureInfo.InvariantCulture));
        await page.GetByTestId("dob-year").FillAsync(born.Year.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Signs in from the sign-in page and waits for the overview of the application.</summary>
    public static async Task SignInAsync(IPage page, string personalNumber, DateOnly born)
    {
        await page.GotoAsync("/apply/sign-in?culture=en");
        await FillAsync(page, personalNumber, born);
        await page.GetByTestId("sign-in-submit").ClickAsync();
        await Expect(page.GetByTestId("application-status")).ToBeVisibleAsync();
    }
}
