using System.Globalization;
using KosovoElections.EndToEndTests.Fixtures;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace KosovoElections.EndToEndTests.Performance;

/// <summary>
/// How long an applicant on Chrome DevTools' "Fast 3G" waits for a camera button they can press: from opening the selfie
/// page with an empty cache, and from following the overview's link to it. Both times are taken in the page itself
/// (navigation start or the click, to the moment the button is enabled: since decision 0019 the page's own script enables
/// it before the circuit is up), several runs each, medians written to the test output and to <see cref="Report"/>.
/// Each page is then left to bring its circuit up before the next step.
/// </summary>
[Collection(ApplicantCameraCollection.Name)]
public sealed class CameraOnFast3GTests(FakeCameraChromium chromium, OpenElectionSite site, ITestOutputHelper output)
{
    public static readonly string Report = Path.Combine(Path.GetTempPath(), "kosovo-fast3g.txt");

    private const int Runs = 5;

    // DevTools' preset (front_end/core/sdk/NetworkManager.ts): 1.6 Mbps down and 750 kbps up, each at 90 %, and
    // 150 ms × 3.75 = 562.5 ms of latency, in bytes per second and milliseconds as CDP takes them.
    private static readonly Dictionary<string, object> Fast3G = new()
    {
        ["offline"] = false,
        ["latency"] = 562.5,
        ["downloadThroughput"] = 1.6 * 1000 * 1000 / 8 * 0.9,
        ["uploadThroughput"] = 750.0 * 1000 / 8 * 0.9,
    };

    // The first moment the camera button is enabled, and the moment the overview's link was clicked (kept across a full
    // navigation in sessionStorage), both in milliseconds since the epoch.
    private const string Marks = """
        (() => {
          const check = () => {
            const button = document.querySelector('[data-testid=camera-start]');
            const usable = button && !button.disabled && button.getAttribute('aria-disabled') !== 'true';
            if (usable && !window.__cameraUsableAt) window.__cameraUsableAt = performance.timeOrigin + performance.now();
          };
          new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
          document.addEventListener('click', (e) => {
            if (e.target.closest('[data-testid=next-step-link]')) sessionStorage.setItem('clickedAt', String(performance.timeOrigin + performance.now()));
          }, true);
        })();
        """;

    /// <summary>
    /// A measurement, not a test of the normal suite: <c>scripts/test.sh</c> leaves out the <c>Measurement</c> category
    /// (it takes minutes on a throttled connection and its numbers are for people to read, docs/performance.md).
    /// </summary>
    [Fact]
    [Trait("Category", "Measurement")]
    public async Task CameraButton_OnFast3G_UsableWithinMeasuredTimes()
    {
        List<double> cold = [], fromOverview = [];
        for (var run = 0; run < Runs; run++)
        {
            await using var context = await chromium.NewContextAsync(new() { BaseURL = site.BaseUrl, Locale = "en-GB", Permissions = ["camera"] });
            await context.AddInitScriptAsync(Marks);
            var page = await context.NewPageAsync();
            await SignInForm.SignInAsync(page, OpenElectionSite.Applicant(21), OpenElectionSite.Born);
            var cdp = await context.NewCDPSessionAsync(page);
            await cdp.SendAsync("Network.enable");
            await cdp.SendAsync("Network.clearBrowserCache"); // what the sign-in fetched: the selfie page is opened cold
            await cdp.SendAsync("Network.emulateNetworkConditions", Fast3G);

            await page.GotoAsync("/apply/selfie");
            await Expect(page.GetByTestId("camera-start")).ToBeEnabledAsync(new() { Timeout = 60_000 });
            cold.Add(await page.EvaluateAsync<double>("() => window.__cameraUsableAt - performance.timeOrigin"));
            await Expect(page.GetByTestId("camera")).ToHaveAttributeAsync("data-live", "true", new() { Timeout = 60_000 });

            await page.GotoAsync("/apply");
            await page.GetByTestId("next-step-link").ClickAsync();
            await Expect(page.GetByTestId("camera-start")).ToBeEnabledAsync(new() { Timeout = 60_000 });
            fromOverview.Add(await page.EvaluateAsync<double>("() => window.__cameraUsableAt - Number(sessionStorage.getItem('clickedAt'))"));
            await Expect(page.GetByTestId("camera")).ToHaveAttributeAsync("data-live", "true", new() { Timeout = 60_000 });
        }

        var report = $"""
            Fast 3G, {Runs} runs, {DateTime.UtcNow:u}
            selfie page opened with an empty cache: median {Median(cold):0} ms ({string.Join(", ", cold.Select(Ms))})
            from the overview's link: median {Median(fromOverview):0} ms ({string.Join(", ", fromOverview.Select(Ms))})
            """;
        output.WriteLine(report);
        await File.AppendAllTextAsync(Report, report + Environment.NewLine);
        Assert.All(cold.Concat(fromOverview), ms => Assert.InRange(ms, 1, 60_000));
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static string Ms(double value) => value.ToString("0", CultureInfo.InvariantCulture);
}
