using KosovoElections.Domain.Applications;
using KosovoElections.IntegrationTests.Fixtures;

namespace KosovoElections.IntegrationTests.Status;

/// <summary>
/// What the overview says once the deadline has passed (SPEC §4: "the applicant sees the status only"): a draft is
/// named for what it is, and no step, change or resubmission is offered, whatever the status was.
/// </summary>
public abstract class AfterDeadlineStatusTests(StatusHost fixture)
{
    [Fact]
    public async Task Overview_DraftAfterTheDeadline_SaysItWasNotSubmittedAndOffersNoStep()
    {
        fixture.Clock.Set(SignInSeed.Closes.AddMinutes(-10));
        using var browser = await fixture.SignInAsync(40);
        await fixture.ChangeAsync(40, (a, now) => a.RecordVerifiedEmail("voter40@example.org", now));
        var before = BrowserSession.Normalize(await browser.GetPageAsync("/apply?culture=en"));
        fixture.Clock.Set(SignInSeed.Closes.AddMinutes(1));

        var english = BrowserSession.Normalize(await browser.GetPageAsync("/apply?culture=en"));
        var albanian = BrowserSession.Normalize(await browser.GetPageAsync("/apply?culture=sq"));

        Assert.Contains("data-testid=\"next-step-link\"", before);
        Assert.Contains("data-status=\"Draft\">Not submitted before the deadline<", english);
        Assert.Contains("was never sent with APPLY, so it will not be considered", english);
        Assert.Contains("Nuk u dërgua para afatit", albanian);
        Assert.DoesNotContain("data-testid=\"next-step", english);
        Assert.DoesNotContain("data-testid=\"change-email\"", english);
        Assert.DoesNotContain("data-testid=\"withdraw-link\"", english);
    }

    [Fact]
    public async Task Overview_CorrectionRequestedAfterTheDeadline_ShowsTheReasonsButNoStepOrResubmission()
    {
        fixture.Clock.Set(SignInSeed.Closes.AddMinutes(-10));
        using var browser = await fixture.SignInAsync(41);
        await fixture.CompleteAsync(41);
        await fixture.SubmitAndReviewAsync(41);
        await fixture.ChangeAsync(41, (a, now) => a.RequestCorrection([DecisionReason.ProofOfAddressMismatch], CorrectionSteps.For([DecisionReason.ProofOfAddressMismatch]), null, Guid.Empty, now));
        fixture.Clock.Set(SignInSeed.Closes.AddMinutes(1));

        var page = BrowserSession.Normalize(await browser.GetPageAsync("/apply?culture=en"));

        Assert.Contains("data-status=\"CorrectionRequested\"", page);
        Assert.Contains("The proof of address does not match the address you entered.", page);
        Assert.Contains("the deadline to apply has passed: the application can no longer be corrected", page);
        Assert.DoesNotContain("data-testid=\"correction-step\"", page);
        Assert.DoesNotContain("data-testid=\"correction-resubmit\"", page);
        Assert.DoesNotContain("data-testid=\"next-step", page);
        Assert.DoesNotContain("data-testid=\"change-email\"", page);
        Assert.DoesNotContain("data-testid=\"withdraw-link\"", page);
    }
}

public sealed class AfterDeadlineStatusTestsOnSqlite(SqliteStatusHost fixture) : AfterDeadlineStatusTests(fixture), IClassFixture<SqliteStatusHost>;

public sealed class AfterDeadlineStatusTestsOnPostgres(PostgresStatusHost fixture) : AfterDeadlineStatusTests(fixture), IClassFixture<PostgresStatusHost>;
