using System.Net;
using System.Text.RegularExpressions;
using KosovoElections.IntegrationTests.Fixtures;

namespace KosovoElections.IntegrationTests.Status;

/// <summary>
/// The overview of a draft is a GOV.UK task list over HTTP: each step with its state, how many are done, one way on,
/// no withdrawal of an empty draft, and a sign-out that is not a button competing with the way on.
/// </summary>
public abstract partial class OverviewTaskListTests(StatusHost fixture)
{
    [Theory]
    [InlineData("sq", 1, "Keni përfunduar 0 nga 6 hapa.", "Për t'u bërë", "Nuk mund të fillohet ende")]
    [InlineData("sr-Latn", 2, "Završili ste 0 od 6 koraka.", "Treba uraditi", "Još ne može da počne")]
    [InlineData("en", 3, "You have completed 0 of 6 steps.", "To do", "Cannot start yet")]
    public async Task Overview_EmptyDraft_ListsEveryStepToDoAndCheckingCannotStartYet(string culture, int person, string progress, string toDo, string cannotStart)
    {
        fixture.Clock.Set(StatusHost.Now);
        using var browser = await fixture.SignInAsync(person);

        var page = BrowserSession.Normalize((await browser.GetPageAsync("/apply?culture=" + culture)));

        Assert.Contains($"data-testid=\"task-progress\">{progress}<", page);
        foreach (var step in new[] { "Selfie", "Email", "Address", "ReturnMethod", "Documents" })
        {
            Assert.Contains($"data-step=\"{step}\" data-state=\"ToDo\"", page);
        }

        Assert.Contains("data-step=\"CheckAnswers\" data-state=\"CannotStartYet\"", page);
        Assert.Contains($">{toDo}</span>", page);
        Assert.Contains($">{cannotStart}</span>", page);
        Assert.DoesNotContain("href=\"/apply/check\"", page);
        Assert.Contains("href=\"/apply/selfie\" data-testid=\"next-step-link\"", page);
    }

    [Fact]
    public async Task Overview_EmptyDraft_OffersNoWithdrawalAndSignOutIsAPlainLink()
    {
        fixture.Clock.Set(StatusHost.Now);
        using var browser = await fixture.SignInAsync(4);

        var page = await browser.GetPageAsync("/apply?culture=en");

        Assert.DoesNotContain("data-testid=\"withdraw-link\"", page);
        Assert.Contains("class=\"link-button\" data-testid=\"sign-out\"", page);
        // The page's own content; the idle warning after it is a dialog of its own, with its own one button.
        Assert.Single(Buttons().Matches(page[..page.IndexOf("</main>", StringComparison.Ordinal)]));
    }

    [Fact]
    public async Task Overview_EmailGiven_MarksItCompletedContinuesAtTheSelfieAndOffersWithdrawal()
    {
        fixture.Clock.Set(StatusHost.Now);
        using var browser = await fixture.SignInAsync(5);
        await fixture.ChangeAsync(5, (a, now) => a.RecordVerifiedEmail("voter5@example.org", now));

        var page = await browser.GetPageAsync("/apply?culture=en");

        Assert.Contains("You have completed 1 of 6 steps.", page);
        Assert.Contains("data-step=\"Email\" data-state=\"Completed\"", page);
        Assert.Contains("data-step=\"Selfie\" data-state=\"ToDo\"", page);
        Assert.Contains("href=\"/apply/email\" aria-describedby=\"task-Email-status\" data-testid=\"task-link\"", page);
        Assert.Contains("data-testid=\"next-step\" data-step=\"Selfie\"", page);
        Assert.Contains("href=\"/apply/withdraw\" data-testid=\"withdraw-link\"", page);
    }

    [Fact]
    public async Task Overview_EveryStepDone_LetsTheApplicantCheckTheAnswers()
    {
        fixture.Clock.Set(StatusHost.Now);
        using var browser = await fixture.SignInAsync(6);
        await fixture.CompleteAsync(6);

        var page = await browser.GetPageAsync("/apply?culture=en");

        Assert.Contains("You have completed 5 of 6 steps.", page);
        Assert.Contains("data-step=\"CheckAnswers\" data-state=\"ToDo\"", page);
        Assert.Contains("href=\"/apply/check\" aria-describedby=\"task-CheckAnswers-status\"", page);
        Assert.Contains("href=\"/apply/check\" data-testid=\"next-step-link\"", page);
    }

    [Fact]
    public async Task Overview_Submitted_ShowsNoTaskListButWhatHappensNext()
    {
        fixture.Clock.Set(StatusHost.Now);
        using var browser = await fixture.SignInAsync(7);
        await fixture.CompleteAsync(7);
        await fixture.SubmitAndReviewAsync(7);

        var page = WebUtility.HtmlDecode(await browser.GetPageAsync("/apply?culture=sq"));

        Assert.DoesNotContain("data-testid=\"task-list\"", page);
        Assert.Contains("KQZ po e shqyrton aplikimin tuaj.", page);
        Assert.Contains("data-testid=\"what-happens-next\"", page);
        Assert.Contains("Pa dëftesën, fletëvotimi juaj refuzohet.", page);
    }

    /// <summary>Every element styled as a button: on an empty draft only the way on.</summary>
    [GeneratedRegex("class=\"button[\" ]")]
    private static partial Regex Buttons();
}

public sealed class OverviewTaskListTestsOnSqlite(SqliteStatusHost fixture) : OverviewTaskListTests(fixture), IClassFixture<SqliteStatusHost>;

public sealed class OverviewTaskListTestsOnPostgres(PostgresStatusHost fixture) : OverviewTaskListTests(fixture), IClassFixture<PostgresStatusHost>;
