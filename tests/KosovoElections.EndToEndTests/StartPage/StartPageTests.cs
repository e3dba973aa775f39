using System.Globalization;
using System.Text.RegularExpressions;
using KosovoElections.EndToEndTests.Fixtures;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KosovoElections.EndToEndTests.StartPage;

/// <summary>The start page in real Chromium: the election, the deadline in Kosovo's and the browser's time, the countdown.</summary>
[Collection(OpenElectionSiteCollection.Name)]
public sealed partial class StartPageTests(ChromiumFixture chromium, OpenElectionSite site)
{
    [Fact]
    public async Task StartPage_BrowserLanguageNotOffered_ShowsElectionAndKosovoDeadlineInAlbanian()
    {
        await using var context = await chromium.NewContextAsync(site.Voter());
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "sq");
        await Expect(page.GetByTestId("election-name")).ToHaveTextAsync(OpenElectionSite.ElectionName);
        await Expect(page.GetByTestId("deadline")).ToContainTextAsync("Afati i fundit për aplikim");
        await Expect(page.GetByTestId("deadline-kosovo")).ToHaveTextAsync($"{InKosovo(site.Deadline)} sipas orës së Kosovës");
        await Expect(page.GetByTestId("what-you-need").Locator("li")).ToHaveCountAsync(4);
        await Expect(page.GetByTestId("start-button")).ToHaveTextAsync("Fillo tani");
    }

    [Fact]
    public async Task StartPage_Loaded_RunsScriptsAndStylesWithoutErrors()
    {
        await using var context = await chromium.NewContextAsync(site.Voter());
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add($"{message.Text} ({message.Location})");
            }
        };

        await page.GotoAsync("/");

        await Expect(page.GetByTestId("deadline-local")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("reconnect")).ToBeHiddenAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Countdown_AfterLoad_TicksInAlbanian()
    {
        await using var context = await chromium.NewContextAsync(site.Voter());
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        // The local time line appears when countdown.js has run once, so a later change can only come from its timer.
        await Expect(page.GetByTestId("deadline-local")).ToBeVisibleAsync();
        var countdown = page.GetByTestId("countdown");
        await Expect(countdown).ToHaveTextAsync(AlbanianCountdown());
        var first = await countdown.TextContentAsync() ?? "";

        await Expect(countdown).Not.ToHaveTextAsync(first);
        await Expect(countdown).ToHaveTextAsync(AlbanianCountdown());
    }

    [Fact]
    public async Task Countdown_InSerbian_EveryNumberTakesItsPluralForm()
    {
        await using var context = await chromium.NewContextAsync(site.Voter());
        var page = await context.NewPageAsync();
        await page.GotoAsync("/?culture=sr-Latn");
        await Expect(page.GetByTestId("deadline-local")).ToBeVisibleAsync();
        var countdown = page.GetByTestId("countdown");

        // Several ticks, so the seconds run through one, few and other forms.
        for (var tick = 0; tick < 3; tick++)
        {
            var before = await countdown.TextContentAsync() ?? "";
            await Expect(countdown).Not.ToHaveTextAsync(before);
            var pairs = CountdownPair().Matches(await countdown.TextContentAsync() ?? "");
            Assert.Equal(4, pairs.Count);
            Assert.Equal(
                SerbianForms.Select((forms, unit) => SerbianForm(forms, long.Parse(pairs[unit].Groups[1].Value, CultureInfo.InvariantCulture))),
                pairs.Select(p => p.Groups[2].Value));
        }
    }

    [Fact]
    public async Task LocalDeadline_BrowserInNewYork_ShowsDeadlineInBrowsersTimeZone()
    {
        await using var context = await chromium.NewContextAsync(site.Voter("America/New_York"));
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        var local = page.GetByTestId("deadline-local");
        await Expect(local).ToBeVisibleAsync();
        await Expect(local).ToContainTextAsync("Në orën tuaj:");
        await Expect(local).ToContainTextAsync("(America/New_York)");
        // Albanian readers get the 24-hour day.month.year of Kosovo, not the browser's "2027 M01 3 06:23 PM".
        await Expect(local).ToContainTextAsync(WallClock(site.Deadline, "America/New_York").ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture));
    }

    /// <summary>The deadline on Kosovo's wall clock, worked out here independently of the app's own helper.</summary>
    private static string InKosovo(DateTime utc) =>
        WallClock(utc, "Europe/Belgrade").ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);

    private static DateTime WallClock(DateTime utc, string zone) => TimeZoneInfo.ConvertTimeBySystemTimeZoneId(utc, zone);

    /// <summary>Days, hours, minutes, seconds: the Serbian one, few and other forms.</summary>
    private static readonly string[][] SerbianForms =
        [["dan", "dana", "dana"], ["sat", "sata", "sati"], ["minut", "minuta", "minuta"], ["sekunda", "sekunde", "sekundi"]];

    /// <summary>The Serbian word for <paramref name="n"/>, by the CLDR rule written out here independently of the app.</summary>
    private static string SerbianForm(string[] forms, long n)
    {
        var (last, lastTwo) = (n % 10, n % 100);
        return last == 1 && lastTwo != 11 ? forms[0] : last is >= 2 and <= 4 && (lastTwo < 12 || lastTwo > 14) ? forms[1] : forms[2];
    }

    [GeneratedRegex(@"(\d+) (\p{L}+)")]
    private static partial Regex CountdownPair();

    // The deadline is a little over nine days away (see OpenElectionSite).
    [GeneratedRegex(@"^9 ditë \d{1,2} orë \d{1,2} minut[aë] \d{1,2} sekond[aë]$")]
    private static partial Regex AlbanianCountdown();
}
