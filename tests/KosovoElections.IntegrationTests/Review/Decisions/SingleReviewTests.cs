using KosovoElections.Application.Audit;
using KosovoElections.Application.Review.Decisions;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Staff;
using KosovoElections.IntegrationTests.Fixtures;

namespace KosovoElections.IntegrationTests.Review.Decisions;

/// <summary>Rejections with <c>Review:SecondReviewOfRejections</c> off: final at once, mailed, and the mission place given back.</summary>
public abstract class SingleReviewTests(DecisionHost fixture)
{
    [Fact]
    public async Task Reject_IsFinalAtOnce_MailsTheReasons_AndFreesTheMissionPlace()
    {
        var reviewer = await fixture.Host.CreateStaffAsync(StaffRole.Reviewer);
        var mission = Guid.Empty;
        using var applicant = await fixture.InReviewAsync(20, "en", reviewer, async () => mission = await fixture.HoldMissionPlaceAsync(20));
        Assert.Equal(1, await fixture.ReservedAsync(mission));

        var result = await fixture.DecideAsync(reviewer, StaffRole.Reviewer, await fixture.ApplicationOfAsync(20), new DecisionInput
        {
            Kind = DecisionKind.Reject,
            Reasons = [DecisionReason.NotEligible],
        });

        Assert.Equal(new DecisionResult(DecisionStatus.Decided, ApplicationStatus.Rejected), result);
        Assert.Equal(0, await fixture.ReservedAsync(mission));
        var mail = await fixture.DecisionMailAsync(20);
        Assert.Equal("Your application was rejected – CEC", mail.Subject);
        Assert.Contains("You are not eligible to vote from outside Kosovo in this election.", mail.Text);
        var page = BrowserSession.Normalize(await applicant.GetPageAsync("/apply?culture=en"));
        Assert.Contains("data-status=\"Rejected\"", page);
        Assert.Contains("You are not eligible to vote from outside Kosovo in this election.", page);
        var audit = await fixture.AuditOfAsync((await fixture.ApplicationOfAsync(20)).Id);
        Assert.Contains(audit, e => e.Action == AuditActions.Staff.ApplicationRejected && e.Actor == reviewer.Id.ToString());
        Assert.DoesNotContain(audit, e => e.Action == AuditActions.Staff.RejectionProposed);
    }
}

public sealed class SingleReviewTestsOnSqlite(SqliteSingleReviewHost fixture) : SingleReviewTests(fixture), IClassFixture<SqliteSingleReviewHost>;

public sealed class SingleReviewTestsOnPostgres(PostgresSingleReviewHost fixture) : SingleReviewTests(fixture), IClassFixture<PostgresSingleReviewHost>;
