using System.Net;
using KosovoElections.Domain.Applications;
using KosovoElections.IntegrationTests.Fixtures;

namespace KosovoElections.IntegrationTests.Status;

/// <summary>The status on the overview after a reviewer's decision (SPEC §4 step 10): reasons, steps to redo, resubmission.</summary>
public abstract class DecisionStatusTests(StatusHost fixture)
{
    private static readonly DecisionReason[] SelfieAndProof = [DecisionReason.SelfieNotHoldingId, DecisionReason.ProofOfAddressMismatch, DecisionReason.Other];

    [Fact]
    public async Task Overview_CorrectionRequested_ShowsReasonsNoteStepLinksAndResubmitsThroughTheDeclaration()
    {
        fixture.Clock.Set(StatusHost.Now);
        using var browser = await fixture.SignInAsync(10);
        await fixture.CompleteAsync(10);
        await fixture.SubmitAndReviewAsync(10);
        await fixture.ChangeAsync(10, (a, now) => a.RequestCorrection(SelfieAndProof, CorrectionSteps.For(SelfieAndProof), "The bill is from 2019.", Guid.Empty, now));

        var english = BrowserSession.Normalize(await browser.GetPageAsync("/apply?culture=en"));
        var serbian = BrowserSession.Normalize(await browser.GetPageAsync("/apply?culture=sr-Latn"));

        Assert.Contains("data-status=\"CorrectionRequested\"", english);
        Assert.Contains("The selfie does not clearly show you holding your identity document.", english);
        Assert.Contains("The proof of address does not match the address you entered.", english);
        Assert.Contains("The bill is from 2019.", english);
        Assert.Contains("Na selfiju se ne vidi jasno da držite identifikacioni dokument u ruci.", serbian);
        Assert.Contains("href=\"/apply/address\" data-testid=\"correction-step\"", english);
        Assert.Contains("href=\"/apply/documents\" data-testid=\"correction-step\"", english);
        Assert.DoesNotContain("href=\"/apply/selfie\" data-testid=\"correction-step\"", english);
        Assert.Contains("href=\"/apply/check\" data-testid=\"correction-resubmit\"", english);
        Assert.Contains("data-testid=\"withdraw-link\"", english);

        var resubmitted = await browser.SubmitAsync("/apply/declaration", "declaration", new Dictionary<string, string> { ["Accepted"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, resubmitted.StatusCode);
        Assert.Equal(ApplicationStatus.Submitted, (await fixture.ApplicationsOfAsync(10)).Single().Status);
    }

    [Fact]
    public async Task Overview_Rejected_ShowsTheStatusReasonsAndHowToApplyAgainWithoutStepLinks()
    {
        fixture.Clock.Set(StatusHost.Now);
        using var browser = await fixture.SignInAsync(11);
        await fixture.CompleteAsync(11);
        await fixture.SubmitAndReviewAsync(11);
        await fixture.ChangeAsync(11, (a, now) => a.Reject([DecisionReason.PersonMismatch], null, Guid.Empty, now));

        var page = BrowserSession.Normalize(await browser.GetPageAsync("/apply?culture=en"));

        Assert.Contains("data-status=\"Rejected\"", page);
        Assert.Contains("The person in the photo does not match the identity document.", page);
        Assert.Contains("you may apply again", page);
        Assert.DoesNotContain("data-testid=\"correction-step\"", page);
        Assert.DoesNotContain("data-testid=\"withdraw-link\"", page);
    }

    [Fact]
    public async Task Overview_SignedInAgainAfterARejection_ShowsTheNewDraftWithTheEarlierReasons()
    {
        fixture.Clock.Set(StatusHost.Now);
        using (await fixture.SignInAsync(12))
        {
            await fixture.CompleteAsync(12);
            await fixture.SubmitAndReviewAsync(12);
            await fixture.ChangeAsync(12, (a, now) => a.Reject([DecisionReason.ProofOfAddressMismatch, DecisionReason.Other], "The bill is from 2019.", Guid.Empty, now));
        }

        using var again = await fixture.SignInAsync(12);
        var page = BrowserSession.Normalize(await again.GetPageAsync("/apply?culture=sr-Latn"));

        Assert.Contains("data-status=\"Draft\"", page);
        Assert.Contains("data-testid=\"earlier-rejection\"", page);
        Assert.Contains("Vaša prethodna prijava je odbijena", page);
        Assert.Contains("data-reason=\"ProofOfAddressMismatch\"", page);
        Assert.Contains("The bill is from 2019.", page);
        Assert.Contains("data-testid=\"task\"", page);
    }
}

public sealed class DecisionStatusTestsOnSqlite(SqliteStatusHost fixture) : DecisionStatusTests(fixture), IClassFixture<SqliteStatusHost>;

public sealed class DecisionStatusTestsOnPostgres(PostgresStatusHost fixture) : DecisionStatusTests(fixture), IClassFixture<PostgresStatusHost>;
