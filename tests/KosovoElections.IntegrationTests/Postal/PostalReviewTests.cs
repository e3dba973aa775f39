using KosovoElections.Application.Postal;
using KosovoElections.Application.Review.Decisions;
using KosovoElections.Application.Review.Leases;
using KosovoElections.Application.Review.Queue;
using KosovoElections.Application.Staff.Sessions;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Staff;
using KosovoElections.IntegrationTests.Fixtures;
using KosovoElections.IntegrationTests.Review.Flags;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.IntegrationTests.Postal;

/// <summary>A paper application in review: the same person online and on paper, and the separation of duties (issue 15).</summary>
public abstract class PostalReviewTests(DataFixture fixture)
{
    private readonly PostalSeed _postal = new(fixture);
    private readonly ReviewSeed _review = new(fixture);

    [Fact]
    public async Task Enter_PersonWhoAppliedOnline_FlagsBoth_AndOnlyOneCanBeApproved()
    {
        await _postal.ElectionAsync();
        var number = await _postal.PersonAsync();
        var online = await _review.SentAsync(personalNumber: number);
        var supervisor = await _postal.StaffAsync(StaffRole.Supervisor);

        var entered = await fixture.Get<EnterPostalApplication>().HandleAsync(new EnterPostalCommand(supervisor, _postal.Form(number), PostalSeed.Documents()));

        Assert.Equal(PostalEntryStatus.Entered, entered.Status);
        var paper = entered.ApplicationId!.Value;
        Assert.Contains(await _review.FlagsOfAsync(online.Id), f => f.Kind == FlagKind.SamePerson && f.OtherApplicationId == paper);
        Assert.Contains(await _review.FlagsOfAsync(paper), f => f.Kind == FlagKind.SamePerson && f.OtherApplicationId == online.Id);

        var first = await _postal.StaffAsync(StaffRole.Reviewer);
        Assert.Equal(DecisionStatus.Decided, (await ApproveAsync(first, online.Id)).Status);
        var second = await _postal.StaffAsync(StaffRole.Reviewer);
        Assert.Equal(DecisionStatus.PersonAlreadyApproved, (await ApproveAsync(second, paper)).Status);

        await using var db = await fixture.Db.CreateAsync();
        Assert.Equal(ApplicationStatus.InReview, (await db.Applications.SingleAsync(a => a.Id == paper)).Status);
        Assert.Equal(1, await db.Applications.CountAsync(a => a.PersonalNumber == number && a.Status == ApplicationStatus.Approved));
    }

    [Fact]
    public async Task Approve_TheOtherApplicationApprovedInTheDatabaseMeanwhile_TheUniqueIndexRefusesTheSecond()
    {
        await _postal.ElectionAsync();
        var number = await _postal.PersonAsync();
        var online = await _review.SentAsync(personalNumber: number);
        var supervisor = await _postal.StaffAsync(StaffRole.Supervisor);
        var paper = (await fixture.Get<EnterPostalApplication>().HandleAsync(new EnterPostalCommand(supervisor, _postal.Form(number), PostalSeed.Documents()))).ApplicationId!.Value;

        await _review.ChangeAsync(online.Id, ApproveAtOnce);

        // Past the use case's own check, as two approvals at the same moment would be.
        await using var db = await fixture.Db.CreateAsync();
        ApproveAtOnce(await db.Applications.SingleAsync(a => a.Id == paper), fixture.Clock.UtcNow);
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Decide_ByTheStaffMemberWhoEnteredIt_IsRefused_AndAnotherMayDecide()
    {
        await _postal.ElectionAsync();
        var supervisor = await _postal.StaffAsync(StaffRole.Supervisor);
        var paper = (await fixture.Get<EnterPostalApplication>().HandleAsync(
            new EnterPostalCommand(supervisor, _postal.Form(await _postal.PersonAsync()), PostalSeed.Documents()))).ApplicationId!.Value;

        // A claim the supervisor got some other way (a reassignment): the decision still refuses them.
        Assert.Equal(DecisionStatus.EnteredByYou, (await ApproveAsync(supervisor, paper)).Status);
        var reviewer = await _postal.StaffAsync(StaffRole.Reviewer);
        Assert.Equal(DecisionStatus.Decided, (await ApproveAsync(reviewer, paper)).Status);
    }

    private static void ApproveAtOnce(VoterApplication application, DateTime at)
    {
        var reviewer = Guid.NewGuid();
        application.BeginReview(reviewer, at.AddMinutes(15), at);
        application.Approve(ReceiptCode.New(), reviewer, at);
    }

    [Fact]
    public async Task Queue_FilteredByChannel_ListsOnlyThatChannel()
    {
        await _postal.ElectionAsync();
        var supervisor = await _postal.StaffAsync(StaffRole.Supervisor);
        var online = await _review.SentAsync();
        var paper = (await fixture.Get<EnterPostalApplication>().HandleAsync(
            new EnterPostalCommand(supervisor, _postal.Form(await _postal.PersonAsync()), PostalSeed.Documents()))).ApplicationId!.Value;
        var query = new ReviewQueueQuery(await _postal.StaffAsync(StaffRole.Reviewer));

        async Task<List<Guid>> IdsAsync(ApplicationChannel? channel)
        {
            var queue = (await fixture.Get<GetReviewQueue>().HandleAsync(query with { Channel = channel })).Value!;
            return [.. queue.Rows.Select(r => r.Id)];
        }

        var post = await IdsAsync(ApplicationChannel.Post);
        Assert.Contains(paper, post);
        Assert.DoesNotContain(online.Id, post);
        var web = await IdsAsync(ApplicationChannel.Online);
        Assert.Contains(online.Id, web);
        Assert.DoesNotContain(paper, web);
        Assert.Empty(await IdsAsync(ApplicationChannel.Email));
    }

    /// <summary><paramref name="staff"/> holds the application's lease, then approves it as the review screen would.</summary>
    private async Task<DecisionResult> ApproveAsync(StaffIdentity staff, Guid applicationId)
    {
        await _review.ChangeAsync(applicationId, (a, at) =>
        {
            if (a.Status == ApplicationStatus.InReview)
            {
                a.ReleaseReview(at);
            }

            a.BeginReview(staff.StaffId, at.AddMinutes(15), at);
        });
        await using var db = await fixture.Db.CreateAsync();
        var version = await db.Applications.Where(a => a.Id == applicationId).Select(a => a.Version).SingleAsync();
        return await fixture.Get<DecideApplication>().HandleAsync(new DecideCommand(staff, applicationId, version, new DecisionInput { Kind = DecisionKind.Approve }));
    }
}

public sealed class PostalReviewTestsOnSqlite(SqliteFixture fixture) : PostalReviewTests(fixture), IClassFixture<SqliteFixture>;

public sealed class PostalReviewTestsOnPostgres(PostgresFixture fixture) : PostalReviewTests(fixture), IClassFixture<PostgresFixture>;

/// <summary>"Review next" never offers a paper application to the one who entered it; alone in its database, so the queue holds only that one.</summary>
public abstract class PostalClaimTests(DataFixture fixture)
{
    [Fact]
    public async Task ClaimNext_ByTheStaffMemberWhoEnteredIt_PassesItOver_AnotherReviewerGetsIt()
    {
        var seed = new PostalSeed(fixture);
        await seed.ElectionAsync();
        var supervisor = await seed.StaffAsync(StaffRole.Supervisor);
        var paper = (await fixture.Get<EnterPostalApplication>().HandleAsync(
            new EnterPostalCommand(supervisor, seed.Form(await seed.PersonAsync()), PostalSeed.Documents()))).ApplicationId;

        Assert.Equal(ClaimStatus.QueueEmpty, (await fixture.Get<ClaimNextApplication>().HandleAsync(supervisor)).Status);
        var reviewer = await seed.StaffAsync(StaffRole.Reviewer);
        var claim = await fixture.Get<ClaimNextApplication>().HandleAsync(reviewer);
        Assert.Equal((ClaimStatus.Claimed, paper), (claim.Status, claim.ApplicationId));
    }
}

public sealed class PostalClaimTestsOnSqlite(SqliteFixture fixture) : PostalClaimTests(fixture), IClassFixture<SqliteFixture>;

public sealed class PostalClaimTestsOnPostgres(PostgresFixture fixture) : PostalClaimTests(fixture), IClassFixture<PostgresFixture>;
