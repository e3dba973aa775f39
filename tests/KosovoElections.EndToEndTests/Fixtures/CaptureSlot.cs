using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KosovoElections.EndToEndTests.Fixtures;

/// <summary>What an applicant does with one photo of the application (<c>capture-slot-{Kind}-{Subtype}</c>) and the fake camera.</summary>
public static partial class CaptureSlot
{
    /// <summary>
    /// Waits until the camera within <paramref name="scope"/> works through the circuit: the circuit is up and the component
    /// has imported its module (<c>data-live="true"</c>). The button itself is enabled earlier, before the circuit.
    /// </summary>
    public static Task LiveAsync(ILocator scope) => Expect(scope.GetByTestId("camera")).ToHaveAttributeAsync("data-live", "true");

    /// <summary>Turns the camera on, takes the photo, uses it, and waits until the server's thumbnail has loaded.</summary>
    public static async Task CaptureAsync(ILocator slot)
    {
        await LiveAsync(slot);
        await slot.GetByTestId("camera-start").ClickAsync();
        await slot.GetByTestId("camera-capture").ClickAsync();
        await slot.GetByTestId("camera-use").ClickAsync();
        var thumbnail = slot.GetByTestId("capture-thumbnail");
        await Expect(thumbnail).ToHaveAttributeAsync("src", DocumentThumbnail());
        await Expect(thumbnail).ToHaveJSPropertyAsync("complete", true);
    }

    /// <summary>
    /// On the identity document's page (<c>/apply/documents/identity</c>): waits for the circuit, chooses the passport and
    /// photographs it.
    /// </summary>
    public static async Task<ILocator> CapturePassportAsync(IPage page)
    {
        await Expect(page.GetByTestId("step-continue")).ToBeEnabledAsync();
        await page.GetByTestId("id-type-Passport").CheckAsync();
        var passport = page.GetByTestId("capture-slot-IdDocument-Passport");
        await CaptureAsync(passport);
        return passport;
    }

    /// <summary>The address of a stored document's thumbnail (<c>/apply/documents/{id}/thumbnail</c>).</summary>
    [GeneratedRegex(@"^/apply/documents/[0-9a-f-]{36}/thumbnail$")]
    public static partial Regex DocumentThumbnail();
}
