using KosovoElections.Domain;
using KosovoElections.Domain.Applications;

namespace KosovoElections.UnitTests.Domain;

/// <summary>The review lease on the aggregate: who holds it, until when, and what a supervisor's release and reassignment do.</summary>
public sealed class ReviewLeaseTests
{
    private static readonly DateTime Now = new(2027, 3, 1, 10, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Until = Now.AddMinutes(15);
    private static readonly Guid Reviewer = Guid.Parse("5e5e5e5e-0000-0000-0000-00000000000a");
    private static readonly Guid Other = Guid.Parse("5e5e5e5e-0000-0000-0000-00000000000b");

    [Fact]
    public void IsClaimableAt_Submitted_IsClaimable()
    {
        var application = Submitted();
        Assert.True(application.IsClaimableAt(Now));
        Assert.False(application.IsClaimedBy(Reviewer, Now));
    }

    [Fact]
    public void IsClaimableAt_UntilTheLeaseEnds_NotClaimableAndHeldOnlyByItsReviewer()
    {
        var application = Claimed();

        Assert.False(application.IsClaimableAt(Until.AddTicks(-1)));
        Assert.True(application.IsClaimedBy(Reviewer, Until.AddTicks(-1)));
        Assert.False(application.IsClaimedBy(Other, Now));
    }

    [Fact]
    public void IsClaimableAt_TheInstantTheLeaseEnds_ClaimableAgainAndNoLongerHeld()
    {
        var application = Claimed();

        Assert.True(application.IsClaimableAt(Until));
        Assert.False(application.IsClaimedBy(Reviewer, Until));
    }

    [Fact]
    public void BeginReview_WhileAnotherHoldsTheLease_Throws()
    {
        var application = Claimed();
        Assert.Throws<DomainException>(() => application.BeginReview(Other, Until.AddMinutes(5), Now.AddMinutes(5)));
    }

    [Fact]
    public void BeginReview_AfterTheLeaseLapsed_GoesToTheNewReviewerWithANewVersion()
    {
        var application = Claimed();
        var version = application.Version;

        application.BeginReview(Other, Until.AddMinutes(15), Until);

        Assert.True(application.IsClaimedBy(Other, Until));
        Assert.NotEqual(version, application.Version);
    }

    [Fact]
    public void IsClaimableAt_DecidedOrDraft_NeverClaimable()
    {
        var application = Claimed();
        application.Approve(ReceiptCode.New(), Reviewer, Now);

        Assert.False(application.IsClaimableAt(Now.AddDays(1)));
        Assert.False(New().IsClaimableAt(Now));
    }

    [Fact]
    public void RenewLease_ByTheHolder_ExtendsWithoutChangingTheVersion()
    {
        var application = Claimed();
        var version = application.Version;

        application.RenewLease(Reviewer, Until.AddMinutes(10), Now.AddMinutes(10));

        Assert.Equal(Until.AddMinutes(10), application.ClaimedUntil);
        Assert.Equal(version, application.Version);
    }

    [Fact]
    public void RenewLease_ByANonHolder_Throws() =>
        Assert.Throws<DomainException>(() => Claimed().RenewLease(Other, Until, Now));

    [Fact]
    public void RenewLease_AfterItLapsed_Throws() =>
        Assert.Throws<DomainException>(() => Claimed().RenewLease(Reviewer, Until.AddMinutes(15), Until));

    [Fact]
    public void Reassign_ToAnotherReviewer_MovesTheClaimAndChangesTheVersion()
    {
        var application = Claimed();
        var version = application.Version;

        application.Reassign(Other, Now.AddMinutes(20), Now.AddMinutes(5));

        Assert.Equal((ApplicationStatus.InReview, (Guid?)Other, (DateTime?)Now.AddMinutes(20)), (application.Status, application.ClaimedBy, application.ClaimedUntil));
        Assert.NotEqual(version, application.Version);
        Assert.False(application.IsClaimedBy(Reviewer, Now.AddMinutes(5)));
    }

    [Fact]
    public void Reassign_NotInReview_Throws() =>
        Assert.Throws<DomainException>(() => Submitted().Reassign(Other, Until, Now));

    [Fact]
    public void ReleaseReview_ClearsTheClaimAndReturnsItToTheQueue()
    {
        var application = Claimed();
        var version = application.Version;

        application.ReleaseReview(Now.AddMinutes(1));

        Assert.Equal((ApplicationStatus.Submitted, (Guid?)null, (DateTime?)null), (application.Status, application.ClaimedBy, application.ClaimedUntil));
        Assert.NotEqual(version, application.Version);
        Assert.True(application.IsClaimableAt(Now.AddMinutes(1)));
    }

    private static VoterApplication New() => VoterApplication.Start(Guid.NewGuid(), "1000000017", ApplicationChannel.Online, Now);

    private static VoterApplication Submitted()
    {
        var application = New();
        application.Submit(ReferenceNumber.New(), Now, Now);
        return application;
    }

    private static VoterApplication Claimed()
    {
        var application = Submitted();
        application.BeginReview(Reviewer, Until, Now);
        return application;
    }
}
