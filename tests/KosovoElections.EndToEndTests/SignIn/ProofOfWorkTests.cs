using System.Text.RegularExpressions;
using KosovoElections.Domain.Applicants;
using KosovoElections.EndToEndTests.Fixtures;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KosovoElections.EndToEndTests.SignIn;

/// <summary>
/// A contested number (failures from other addresses): the sign-in page answers with a proof-of-work challenge, the
/// browser solves it in its Web Worker (wwwroot/js/proof-of-work.js), posts again by itself, and the owner is in.
/// </summary>
[Collection(OpenElectionSiteCollection.Name)]
public sealed partial class ProofOfWorkTests(ChromiumFixture chromium, OpenElectionSite site)
{
    [Fact]
    public async Task SignIn_ContestedNumber_TheBrowserSolvesTheChallengeInItsWorkerAndSignsIn()
    {
        var number = OpenElectionSite.Applicant(14);
        await using (var db = await site.Host.Get<ElectionsDbFactory>().CreateAsync())
        {
            for (var i = 1; i <= 4; i++)
            {
                db.SignInAttempts.Add(new SignInAttempt(number, $"203.0.113.{i}", site.Host.Clock.UtcNow.AddMinutes(-10 * i)));
            }

            await db.SaveChangesAsync();
        }

        await using var context = await chromium.NewContextAsync(site.Voter(locale: "en-GB"));
        var page = await context.NewPageAsync();
        var posts = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.Method == "POST" && request.Url.Contains("/apply/sign-in", StringComparison.Ordinal))
            {
                posts.Add(request.PostData ?? string.Empty);
            }
        };
        await page.GotoAsync("/apply/sign-in");
        await SignInForm.FillAsync(page, number, OpenElectionSite.Born);
        await page.GetByTestId("sign-in-submit").ClickAsync();

        await Expect(page).ToHaveURLAsync(OverviewPage());
        await Expect(page.GetByTestId("application-status")).ToBeVisibleAsync();
        Assert.Equal(2, posts.Count);
        Assert.DoesNotContain("Form.Nonce", posts[0], StringComparison.Ordinal);
        Assert.Matches(SolvedNonce(), posts[1]);

        await using var check = await site.Host.Get<ElectionsDbFactory>().CreateAsync();
        var masked = "*******" + number[^3..];
        Assert.True(await check.AuditEvents.AnyAsync(e => e.Actor == masked && e.Action == "signin.challenged"));
        Assert.True(await check.AuditEvents.AnyAsync(e => e.Actor == masked && e.Action == "signin.succeeded"));
    }

    [GeneratedRegex(@"Form\.Nonce=[0-9]+(&|$)")]
    private static partial Regex SolvedNonce();

    [GeneratedRegex(@"/apply$")]
    private static partial Regex OverviewPage();
}
