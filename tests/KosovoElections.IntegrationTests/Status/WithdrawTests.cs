using System.Net;
using KosovoElections.Domain.Applications;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.IntegrationTests.Status;

/// <summary>Withdrawal over HTTP (SPEC §3): confirmed on its own page, audited, refused after the deadline.</summary>
public abstract class WithdrawTests(StatusHost fixture)
{
    [Fact]
    public async Task Withdraw_Confirmed_WithdrawsAuditsAndTheNextSignInStartsANewDraft()
    {
        fixture.Clock.Set(StatusHost.Now);
        using var browser = await fixture.SignInAsync(20);
        await fixture.CompleteAsync(20);
        await fixture.ChangeAsync(20, (a, now) => a.Submit(ReferenceNumber.New(), now, now));
        Assert.Contains("href=\"/apply/withdraw\" data-testid=\"withdraw-link\"", await browser.GetPageAsync("/apply?culture=en"));

        var response = await browser.SubmitAsync("/apply/withdraw?culture=en", "withdraw", new Dictionary<string, string> { ["Confirmed"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/apply", response.Headers.Location!.AbsolutePath);
        var withdrawn = Assert.Single(await fixture.ApplicationsOfAsync(20));
        Assert.Equal(ApplicationStatus.Withdrawn, withdrawn.Status);
        await using (var db = await fixture.Host.Get<ElectionsDbFactory>().CreateAsync())
        {
            var audit = await db.AuditEvents.SingleAsync(e => e.ApplicationId == withdrawn.Id && e.Action == "application.withdrawn");
            Assert.DoesNotContain(SignInSeed.Numbered(20), audit.Actor);
        }

        Assert.Contains("data-status=\"Withdrawn\"", await browser.GetPageAsync("/apply?culture=en"));

        using var again = await fixture.SignInAsync(20);
        var applications = await fixture.ApplicationsOfAsync(20);
        Assert.Equal([ApplicationStatus.Withdrawn, ApplicationStatus.Draft], applications.Select(a => a.Status));
        Assert.Contains("data-status=\"Draft\"", await again.GetPageAsync("/apply?culture=en"));
    }

    [Fact]
    public async Task Withdraw_PostedWithoutTheAntiforgeryToken_ChangesNothing()
    {
        fixture.Clock.Set(StatusHost.Now);
        using var browser = await fixture.SignInAsync(21);

        var response = await browser.PostAsync("/apply/withdraw", new Dictionary<string, string> { ["_handler"] = "withdraw", ["Confirmed"] = "true" });

        Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ApplicationStatus.Draft, Assert.Single(await fixture.ApplicationsOfAsync(21)).Status);
    }

    [Fact]
    public async Task Withdraw_AfterTheDeadline_IsRefusedWhateverThePageShowed()
    {
        fixture.Clock.Set(SignInSeed.Closes.AddMinutes(-10));
        using var browser = await fixture.SignInAsync(22);
        var page = await browser.GetPageAsync("/apply/withdraw?culture=en");
        fixture.Clock.Set(SignInSeed.Closes.AddSeconds(1));
        try
        {
            var response = await browser.PostAsync("/apply/withdraw?culture=en", new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = BrowserSession.TokenOf(page),
                ["_handler"] = "withdraw",
                ["Confirmed"] = "true",
            });

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("data-status=\"DeadlinePassed\"", await response.Content.ReadAsStringAsync());
            Assert.Equal(ApplicationStatus.Draft, Assert.Single(await fixture.ApplicationsOfAsync(22)).Status);
            Assert.DoesNotContain("data-testid=\"withdraw-link\"", await browser.GetPageAsync("/apply?culture=en"));
        }
        finally
        {
            fixture.Clock.Set(StatusHost.Now);
        }
    }

    [Fact]
    public async Task Withdraw_Approved_IsRefused()
    {
        fixture.Clock.Set(StatusHost.Now);
        using var browser = await fixture.SignInAsync(23);
        await fixture.CompleteAsync(23);
        await fixture.SubmitAndReviewAsync(23);
        await fixture.ChangeAsync(23, (a, now) => a.Approve("KQZ-23", Guid.Empty, now));

        var response = await browser.SubmitAsync("/apply/withdraw?culture=en", "withdraw", new Dictionary<string, string> { ["Confirmed"] = "true" });

        Assert.Contains("data-status=\"NotWithdrawable\"", await response.Content.ReadAsStringAsync());
        Assert.Equal(ApplicationStatus.Approved, Assert.Single(await fixture.ApplicationsOfAsync(23)).Status);
    }
}

public sealed class WithdrawTestsOnSqlite(SqliteStatusHost fixture) : WithdrawTests(fixture), IClassFixture<SqliteStatusHost>;

public sealed class WithdrawTestsOnPostgres(PostgresStatusHost fixture) : WithdrawTests(fixture), IClassFixture<PostgresStatusHost>;
