using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KosovoElections.EndToEndTests.Fixtures;

/// <summary>
/// A look at a page as its readers see it, in each language at its width: a full-page screenshot for people to open
/// (never committed), axe-core, and a check that nothing is wider than the screen. The office's pages and the applicant's
/// are looked at the same way, each with their own languages, widths and folder.
/// </summary>
public static class PageLook
{
    /// <summary>
    /// Opens <paramref name="path"/> in each of <paramref name="looks"/>, saves <c>{name}-{language}-{width}.png</c> under
    /// <paramref name="folder"/>; <paramref name="ready"/> is the test id that shows the page has loaded. Leaves the page
    /// in the last look.
    /// </summary>
    public static Task LookAsync(IPage page, string folder, IEnumerable<(string Language, int Width)> looks, string name, string path, string ready) =>
        LookAsync(page, folder, looks, name, language => page.GotoAsync(path + (path.Contains('?') ? '&' : '?') + "culture=" + language), ready);

    /// <summary>
    /// As the look at a path, for a state the page reaches only by what a person does on it (a form filled in, or sent
    /// back with its errors): <paramref name="arrive"/> brings the page there in the language it is given.
    /// </summary>
    public static async Task LookAsync(IPage page, string folder, IEnumerable<(string Language, int Width)> looks, string name, Func<string, Task> arrive, string ready)
    {
        Directory.CreateDirectory(folder);
        foreach (var (language, width) in looks)
        {
            await page.SetViewportSizeAsync(width, 900);
            await arrive(language);
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
            await Expect(page.GetByTestId(ready).First).ToBeVisibleAsync();
            await page.WaitForFunctionAsync("() => [...document.images].every(i => i.complete)");
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}-{language}-{width}.png"), FullPage = true });
            await page.AssertNoSeriousAxeViolationsAsync();
            Assert.True(
                await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
                $"{name} in {language} is wider than {width} px.");
        }
    }
}
