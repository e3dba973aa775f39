using KosovoElections.Domain.Applications;

namespace KosovoElections.Application.Review.Leases;

/// <summary>The queries of the review lease, once: what may be claimed, what a reviewer holds.</summary>
public static class ReviewLeases
{
    /// <summary>Waiting for review, or claimed under a lease that lapsed (<see cref="VoterApplication.IsClaimableAt"/>).</summary>
    public static IQueryable<VoterApplication> Claimable(this IQueryable<VoterApplication> applications, DateTime nowUtc) =>
        applications.Where(a => a.Status == ApplicationStatus.Submitted
            || (a.Status == ApplicationStatus.InReview && (a.ClaimedUntil == null || a.ClaimedUntil <= nowUtc)));

    /// <summary>Claimed by <paramref name="staffId"/> under a lease that still holds (<see cref="VoterApplication.IsClaimedBy"/>).</summary>
    public static IQueryable<VoterApplication> HeldBy(this IQueryable<VoterApplication> applications, Guid staffId, DateTime nowUtc) =>
        applications.Where(a => a.Status == ApplicationStatus.InReview && a.ClaimedBy == staffId && a.ClaimedUntil > nowUtc);
}
