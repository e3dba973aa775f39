using KosovoElections.Application.Audit;
using KosovoElections.Application.Review.Leases;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Staff;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Review.Queue;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.IntegrationTests.Review.Leases;

/// <summary>"Review next", the lease's lapse and a supervisor's release and reassignment, on each database.</summary>
public abstract class LeaseTests(DatabaseProvider provider) : IAsyncLifetime
{
    private ReviewData _data = default!;

    public async Task InitializeAsync() => _data = await ReviewData.StartAsync(provider);

    public async Task DisposeAsync() => await _data.DisposeAsync();

    private ClaimNextApplication ClaimNext => _data.Get<ClaimNextApplication>();

    private RenewLease Renew => _data.Get<RenewLease>();

    [Fact]
    public async Task ClaimNext_EightReviewersAtOnce_GetEightDifferentApplicationsEachClaimedOnce()
    {
        for (var i = 0; i < 10; i++)
        {
            await _data.SubmittedAsync();
        }

        var reviewers = new List<KosovoElections.Application.Staff.Sessions.StaffIdentity>();
        for (var i = 0; i < 8; i++)
        {
            reviewers.Add(await _data.StaffAsync(StaffRole.Reviewer));
        }

        var claims = await Task.WhenAll(reviewers.Select(r => Task.Run(() => ClaimNext.HandleAsync(r))));

        Assert.All(claims, c => Assert.Equal(ClaimStatus.Claimed, c.Status));
        Assert.Equal(8, claims.Select(c => c.ApplicationId).Distinct().Count());
        await using var db = await _data.Fixture.Db.CreateAsync();
        var held = await db.Applications.AsNoTracking().Where(a => a.Status == ApplicationStatus.InReview).ToListAsync();
        Assert.Equal(8, held.Count);
        Assert.Equal(reviewers.Select(r => r.StaffId).Order(), held.Select(a => a.ClaimedBy!.Value).Order());
        Assert.All(reviewers.Zip(claims), pair => Assert.Equal(pair.First.StaffId, held.Single(a => a.Id == pair.Second.ApplicationId).ClaimedBy));
        var audited = await _data.AuditAsync(AuditActions.Staff.ApplicationClaimed);
        Assert.Equal(8, audited.Count);
        Assert.Equal(claims.Select(c => c.ApplicationId).Order(), audited.Select(e => e.ApplicationId).Order());
    }

    [Fact]
    public async Task ClaimNext_PressedTwice_ReturnsTheSameApplication()
    {
        await _data.SubmittedAsync();
        await _data.SubmittedAsync();
        var reviewer = await _data.StaffAsync(StaffRole.Reviewer);

        var first = await ClaimNext.HandleAsync(reviewer);
        var second = await ClaimNext.HandleAsync(reviewer);

        Assert.Equal(first.ApplicationId, second.ApplicationId);
        Assert.Single(await _data.AuditAsync(AuditActions.Staff.ApplicationClaimed));
    }

    [Fact]
    public async Task ClaimNext_EmptyQueueOrNoPermission_ClaimsNothing()
    {
        Assert.Equal(ClaimStatus.QueueEmpty, (await ClaimNext.HandleAsync(await _data.StaffAsync(StaffRole.Reviewer))).Status);
        await _data.SubmittedAsync();
        Assert.Equal(ClaimStatus.NotPermitted, (await ClaimNext.HandleAsync(await _data.StaffAsync(StaffRole.Admin))).Status);
    }

    [Fact]
    public async Task Lease_Lapsed_ApplicationGoesToAnotherReviewerAndTheFirstCannotRenew()
    {
        var application = await _data.SubmittedAsync();
        var first = await _data.StaffAsync(StaffRole.Reviewer);
        var second = await _data.StaffAsync(StaffRole.Reviewer);
        Assert.Equal(application.Id, (await ClaimNext.HandleAsync(first)).ApplicationId);
        Assert.Equal(ClaimStatus.QueueEmpty, (await ClaimNext.HandleAsync(second)).Status);
        Assert.True(await Renew.HandleAsync(first, application.Id));

        _data.Clock.Advance(TimeSpan.FromMinutes(16));
        Assert.Equal(application.Id, (await ClaimNext.HandleAsync(second)).ApplicationId);

        Assert.False(await Renew.HandleAsync(first, application.Id));
        Assert.True(await Renew.HandleAsync(second, application.Id));
        Assert.Equal(second.StaffId, (await _data.ApplicationAsync(application.Id)).ClaimedBy);
    }

    [Fact]
    public async Task Release_BySupervisor_ReturnsItToTheQueueAndIsAudited()
    {
        var application = await _data.SubmittedAsync();
        var reviewer = await _data.StaffAsync(StaffRole.Reviewer);
        var supervisor = await _data.StaffAsync(StaffRole.Supervisor);
        await ClaimNext.HandleAsync(reviewer);

        var change = await _data.Get<ReleaseLease>().HandleAsync(new ReleaseLeaseCommand(supervisor, application.Id, reviewer.StaffId));

        Assert.Equal(LeaseChange.Released, change);
        var stored = await _data.ApplicationAsync(application.Id);
        Assert.Equal((ApplicationStatus.Submitted, (Guid?)null, (DateTime?)null), (stored.Status, stored.ClaimedBy, stored.ClaimedUntil));
        Assert.False(await Renew.HandleAsync(reviewer, application.Id));
        var audit = Assert.Single(await _data.AuditAsync(AuditActions.Staff.LeaseReleased));
        Assert.Equal((supervisor.StaffId.ToString(), application.Id), (audit.Actor, audit.ApplicationId));
        Assert.Contains(reviewer.StaffId.ToString(), audit.Details, StringComparison.Ordinal);
        Assert.Equal(LeaseChange.NoLongerHeld,
            await _data.Get<ReleaseLease>().HandleAsync(new ReleaseLeaseCommand(supervisor, application.Id, reviewer.StaffId)));
    }

    [Fact]
    public async Task Reassign_BySupervisor_MovesTheClaimChangesTheVersionAndIsAudited()
    {
        var application = await _data.SubmittedAsync();
        var first = await _data.StaffAsync(StaffRole.Reviewer);
        var second = await _data.StaffAsync(StaffRole.Reviewer);
        var supervisor = await _data.StaffAsync(StaffRole.Supervisor);
        await ClaimNext.HandleAsync(first);
        var before = await _data.ApplicationAsync(application.Id);

        var change = await _data.Get<ReassignLease>().HandleAsync(new ReassignLeaseCommand(supervisor, application.Id, first.StaffId, second.StaffId));

        Assert.Equal(LeaseChange.Reassigned, change);
        var after = await _data.ApplicationAsync(application.Id);
        Assert.Equal((ApplicationStatus.InReview, (Guid?)second.StaffId), (after.Status, after.ClaimedBy));
        Assert.NotEqual(before.Version, after.Version);
        Assert.False(await Renew.HandleAsync(first, application.Id));
        Assert.True(await Renew.HandleAsync(second, application.Id));
        Assert.Equal(application.Id, (await ClaimNext.HandleAsync(second)).ApplicationId);
        var audit = Assert.Single(await _data.AuditAsync(AuditActions.Staff.LeaseReassigned));
        Assert.Equal(supervisor.StaffId.ToString(), audit.Actor);
        Assert.Contains($"from={first.StaffId}", audit.Details, StringComparison.Ordinal);
        Assert.Contains($"to={second.StaffId}", audit.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reassign_ToSomeoneWhoCannotReview_OrStaleHolder_OrByAReviewer_IsRefused()
    {
        var application = await _data.SubmittedAsync();
        var reviewer = await _data.StaffAsync(StaffRole.Reviewer);
        var other = await _data.StaffAsync(StaffRole.Reviewer);
        var supervisor = await _data.StaffAsync(StaffRole.Supervisor);
        var admin = await _data.StaffAsync(StaffRole.Admin);
        await ClaimNext.HandleAsync(reviewer);
        var reassign = _data.Get<ReassignLease>();

        Assert.Equal(LeaseChange.NotAReviewer, await reassign.HandleAsync(new(supervisor, application.Id, reviewer.StaffId, admin.StaffId)));
        Assert.Equal(LeaseChange.NotAReviewer, await reassign.HandleAsync(new(supervisor, application.Id, reviewer.StaffId, Guid.NewGuid())));
        Assert.Equal(LeaseChange.NoLongerHeld, await reassign.HandleAsync(new(supervisor, application.Id, other.StaffId, supervisor.StaffId)));
        Assert.Equal(LeaseChange.NotPermitted, await reassign.HandleAsync(new(other, application.Id, reviewer.StaffId, other.StaffId)));
        Assert.Equal(LeaseChange.NotPermitted, await _data.Get<ReleaseLease>().HandleAsync(new(other, application.Id, reviewer.StaffId)));
        Assert.Equal(reviewer.StaffId, (await _data.ApplicationAsync(application.Id)).ClaimedBy);
        Assert.Empty(await _data.AuditAsync(AuditActions.Staff.LeaseReassigned));
    }

    [Fact]
    public async Task GetLeases_ListsLiveClaimsWithTheReviewerAndTheReviewersToHandTo()
    {
        var lapses = await _data.SubmittedAsync();
        var held = await _data.SubmittedAsync();
        var reviewer = await _data.StaffAsync(StaffRole.Reviewer);
        var early = await _data.StaffAsync(StaffRole.Reviewer);
        var supervisor = await _data.StaffAsync(StaffRole.Supervisor);
        await _data.StaffAsync(StaffRole.Admin);
        Assert.Equal(lapses.Id, (await ClaimNext.HandleAsync(early)).ApplicationId);
        _data.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(held.Id, (await ClaimNext.HandleAsync(reviewer)).ApplicationId);
        _data.Clock.Advance(TimeSpan.FromMinutes(6));

        var live = (await _data.Get<GetLeases>().HandleAsync(supervisor)).Value!;

        var lease = Assert.Single(live.Leases);
        Assert.Equal((held.ReferenceNumber, reviewer.StaffId, reviewer.Email), (lease.ReferenceNumber, lease.ReviewerId, lease.ReviewerEmail));
        Assert.Equal(new[] { early.Email, reviewer.Email, supervisor.Email }.Order(StringComparer.Ordinal), live.Reviewers.Select(r => r.Email).Order(StringComparer.Ordinal));
        Assert.False((await _data.Get<GetLeases>().HandleAsync(reviewer)).Succeeded);
    }
}

public sealed class LeaseTestsOnSqlite() : LeaseTests(DatabaseProvider.Sqlite);

public sealed class LeaseTestsOnPostgres() : LeaseTests(DatabaseProvider.Postgres);
