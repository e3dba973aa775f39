using KosovoElections.Application.Audit;
using KosovoElections.Domain;

namespace KosovoElections.Application.Review.Screen;

/// <summary>What happened to an application, as the review screen's timeline names it.</summary>
[ShownToPeople]
public enum ReviewEvent
{
    Submitted,
    Resubmitted,
    Flagged,
    Claimed,
    LeaseReleased,
    LeaseReassigned,
    Approved,
    RejectionProposed,
    Rejected,
    RejectionConfirmed,
    CorrectionRequested,
    Withdrawn,
    NoteAdded,
}

/// <summary>The audit actions that make the history, once; views of the screen and of images are audited but not history.</summary>
public static class ReviewHistory
{
    public static IReadOnlyDictionary<string, ReviewEvent> Events { get; } = new Dictionary<string, ReviewEvent>
    {
        [AuditActions.Applicant.ApplicationSubmitted] = ReviewEvent.Submitted,
        [AuditActions.Applicant.ApplicationResubmitted] = ReviewEvent.Resubmitted,
        [AuditActions.System.ApplicationFlagged] = ReviewEvent.Flagged,
        [AuditActions.Staff.ApplicationClaimed] = ReviewEvent.Claimed,
        [AuditActions.Staff.LeaseReleased] = ReviewEvent.LeaseReleased,
        [AuditActions.Staff.LeaseReassigned] = ReviewEvent.LeaseReassigned,
        [AuditActions.Staff.ApplicationApproved] = ReviewEvent.Approved,
        [AuditActions.Staff.RejectionProposed] = ReviewEvent.RejectionProposed,
        [AuditActions.Staff.ApplicationRejected] = ReviewEvent.Rejected,
        [AuditActions.Staff.RejectionConfirmed] = ReviewEvent.RejectionConfirmed,
        [AuditActions.Staff.CorrectionRequested] = ReviewEvent.CorrectionRequested,
        [AuditActions.Applicant.ApplicationWithdrawn] = ReviewEvent.Withdrawn,
        [AuditActions.Staff.NoteAdded] = ReviewEvent.NoteAdded,
    };

    public static IReadOnlyList<string> Actions { get; } = [.. Events.Keys];
}

/// <summary>What this member may do with the application now; every value but the two deciding ones is a read-only notice.</summary>
[ShownToPeople]
public enum ReviewAccess
{
    /// <summary>This member holds a live lease: the decision form.</summary>
    Decide,

    /// <summary>A pending rejection and a member who may review it a second time.</summary>
    SecondReview,

    /// <summary>A pending rejection this member proposed: someone else must confirm it.</summary>
    OwnRejection,

    /// <summary>A pending rejection, and this member may not review it a second time.</summary>
    AwaitingSecondReview,
    ClaimedByOther,
    LeaseLapsed,

    /// <summary>Sent and not claimed: "Review next" in the queue claims it.</summary>
    WaitingInQueue,

    /// <summary>Decided, sent back for correction or withdrawn: nothing to decide.</summary>
    Closed,
}
