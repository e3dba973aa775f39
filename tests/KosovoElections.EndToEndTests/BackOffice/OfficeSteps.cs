using KosovoElections.EndToEndTests.Fixtures;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KosovoElections.EndToEndTests.BackOffice;

/// <summary>What staff do in the browser before their work starts, and a look at each office page as its users see it.</summary>
public static class OfficeSteps
{
    /// <summary>Where <see cref="LookAsync"/> leaves its screenshots: for people to open, never committed.</summary>
    public static readonly string Screenshots = Path.Combine(Path.GetTempPath(), "kosovo-office-screenshots");

    /// <summary>Albanian and Serbian on a phone, English on a desk: how the office pages are looked at and checked.</summary>
    private static readonly (string Language, int Width)[] Looks = [("sq", 390), ("sr-Latn", 390), ("en", 1440)];

    /// <summary>
    /// E-mail and password, then a code computed from the key shown on the enrolment page, as an authenticator app
    /// would, then past the recovery codes. <paramref name="beforeCode"/> runs on the code page.
    /// </summary>
    public static async Task SignInAsync(IPage page, OpenElectionSite site, TestStaffMember staff, Func<Task>? beforeCode = null)
    {
        await page.GotoAsync(StaffSteps.SignInPage + "?culture=en");
        await page.GetByTestId("staff-email").FillAsync(staff.Email);
        await page.GetByTestId("staff-password").FillAsync(StaffSteps.Password);
        await page.GetByTestId("staff-sign-in-submit").ClickAsync();

        var key = page.GetByTestId("staff-totp-key");
        await Expect(key).ToBeVisibleAsync();
        if (beforeCode is not null)
        {
            await beforeCode();
        }

        staff.Key = TestTotp.FromBase32((await key.TextContentAsync())!);
        await page.GetByTestId("staff-code").FillAsync(TestTotp.Code(staff.Key, site.Host.Clock.GetUtcNow()));
        await page.GetByTestId("staff-code-submit").ClickAsync();
        await page.GetByTestId("staff-recovery-continue").ClickAsync();
    }

    /// <summary>
    /// Opens <paramref name="path"/> in each language at its width, saves a full-page screenshot under
    /// <see cref="Screenshots"/>, runs axe-core on it and checks that nothing is wider than the screen; <paramref name="ready"/> is what shows the page has loaded.
    /// Leaves the page in English at the desk's width.
    /// </summary>
    public static Task LookAsync(IPage page, string name, string path, string ready) =>
        PageLook.LookAsync(page, Screenshots, Looks, name, path, ready);

    /// <summary>
    /// As <see cref="LookAsync(IPage, string, string, string)"/>, for a state reached by what staff do on the page:
    /// <paramref name="arrive"/> brings it there in the language it is given (sq, sr-Latn, en).
    /// </summary>
    public static Task LookAsync(IPage page, string name, Func<string, Task> arrive, string ready) =>
        PageLook.LookAsync(page, Screenshots, Looks, name, arrive, ready);
}
