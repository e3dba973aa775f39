namespace KosovoElections.Domain.Applications;

/// <summary>
/// The review of an application (SPEC §5): a reviewer's time-limited claim, the decisions, the second review of a
/// rejection and the correction that re-opens only the steps the reviewer named.
/// </summary>
public sealed partial class VoterApplication
{
    /// <summary>The staff member who holds the review lease, while <see cref="Status"/> is InReview.</summary>
    public Guid? ClaimedBy { get; private set; }

    /// <summary>Until when the lease holds; after it the application is back in the queue for anyone.</summary>
    public DateTime? ClaimedUntil { get; private set; }

    /// <summary>The staff member who made the last decision (for a pending rejection: who proposed it).</summary>
    public Guid? DecidedBy { get; private set; }

    /// <summary>The steps a correction request re-opens; empty otherwise.</summary>
    public IReadOnlyList<ApplicationStep> CorrectionSteps => _correctionSteps;

    /// <summary>The language the applicant last used (sq, sr-Latn, en): the decision e-mails are written in it.</summary>
    public string Language { get; private set; } = "sq";

    /// <summary>True when a reviewer may claim it now: waiting in the queue, or claimed under a lease that lapsed.</summary>
    public bool IsClaimableAt(DateTime nowUtc) =>
        Status == ApplicationStatus.Submitted || (Status == ApplicationStatus.InReview && !(ClaimedUntil > nowUtc));

    /// <summary>True while <paramref name="staffId"/> holds a lease that has not lapsed.</summary>
    public bool IsClaimedBy(Guid staffId, DateTime nowUtc) =>
        Status == ApplicationStatus.InReview && ClaimedBy == staffId && ClaimedUntil > nowUtc;

    /// <summary>A reviewer claims the application until <paramref name="leaseUntil"/>; only one that is claimable.</summary>
    public void BeginReview(Guid reviewerId, DateTime leaseUntil, DateTime nowUtc)
    {
        if (!IsClaimableAt(nowUtc))
        {
            throw new DomainException("The application is not waiting for review.");
        }

        Move(Transition.BeginReview, nowUtc);
        (ClaimedBy, ClaimedUntil) = (reviewerId, leaseUntil);
    }

    /// <summary>The reviewer still works on it: the lease runs until <paramref name="leaseUntil"/>. Not a change of the application (the version stays).</summary>
    public void RenewLease(Guid reviewerId, DateTime leaseUntil, DateTime nowUtc)
    {
        if (!IsClaimedBy(reviewerId, nowUtc))
        {
            throw new DomainException("Only the reviewer holding the lease can renew it.");
        }

        ClaimedUntil = leaseUntil;
    }

    /// <summary>A supervisor (or the reviewer) gives the application back to the queue.</summary>
    public void ReleaseReview(DateTime nowUtc)
    {
        Move(Transition.ReleaseReview, nowUtc);
        (ClaimedBy, ClaimedUntil) = (null, null);
    }

    /// <summary>A supervisor hands the claim to another reviewer; the version changes, so the first reviewer's open decision is refused.</summary>
    public void Reassign(Guid reviewerId, DateTime leaseUntil, DateTime nowUtc)
    {
        if (Status != ApplicationStatus.InReview)
        {
            throw new DomainException("Only an application in review can be reassigned.");
        }

        (ClaimedBy, ClaimedUntil) = (reviewerId, leaseUntil);
        Touch(nowUtc);
    }

    public void Approve(string receiptCode, Guid staffId, DateTime nowUtc)
    {
        Move(Transition.Approve, nowUtc);
        ReceiptCode = receiptCode;
        Decided(staffId, nowUtc);
        SetReasons([], null);
    }

    /// <summary>A rejection that takes effect at once (no second review).</summary>
    public void Reject(IReadOnlyCollection<DecisionReason> reasons, string? text, Guid staffId, DateTime nowUtc)
    {
        EnsureReasons(reasons, text);
        Move(Transition.Reject, nowUtc);
        SetReasons(reasons, text);
        Decided(staffId, nowUtc);
    }

    /// <summary>A rejection that waits for a supervisor who did not make it.</summary>
    public void ProposeRejection(IReadOnlyCollection<DecisionReason> reasons, string? text, Guid staffId, DateTime nowUtc)
    {
        EnsureReasons(reasons, text);
        Move(Transition.ProposeRejection, nowUtc);
        SetReasons(reasons, text);
        Decided(staffId, nowUtc);
    }

    /// <summary>The second review agrees: the rejection stands. Never by the one who proposed it.</summary>
    public void ConfirmRejection(Guid supervisorId, DateTime nowUtc)
    {
        if (Status == ApplicationStatus.RejectionPending && DecidedBy == supervisorId)
        {
            throw new DomainException("A rejection is confirmed by someone other than the one who made it.");
        }

        Move(Transition.ConfirmRejection, nowUtc);
        Decided(supervisorId, nowUtc);
    }

    /// <summary>Sends the application back: the applicant redoes exactly <paramref name="steps"/>.</summary>
    public void RequestCorrection(IReadOnlyCollection<DecisionReason> reasons, IReadOnlyCollection<ApplicationStep> steps, string? text, Guid staffId, DateTime nowUtc)
    {
        EnsureReasons(reasons, text);
        if (steps.Count == 0 || steps.Contains(ApplicationStep.CheckAnswers))
        {
            throw new DomainException("A correction request names the steps to redo.");
        }

        Move(Transition.RequestCorrection, nowUtc);
        SetReasons(reasons, text);
        _correctionSteps.Clear();
        _correctionSteps.AddRange(steps.Distinct().Order());
        Decided(staffId, nowUtc);
    }

    /// <summary>The applicant sends the corrected application back before the deadline; it returns to the queue.</summary>
    public void Resubmit(DateTime nowUtc)
    {
        Move(Transition.Resubmit, nowUtc);
        SubmittedAt = nowUtc;
        DecidedAt = null;
        DecidedBy = null;
        _correctionSteps.Clear();
        SetReasons([], null);
    }

    /// <summary>Keeps the applicant's language current (at each sign-in and at APLIKO); not a change of the application.</summary>
    public void UseLanguage(string language) => Language = CheckedLanguage(language);

    /// <summary>The language as stored: a short culture name (sq, sr-Latn, en).</summary>
    public static string CheckedLanguage(string language) =>
        string.IsNullOrWhiteSpace(language) || language.Length > 8 ? throw new DomainException("A language is a short culture name.") : language;

    private void Decided(Guid staffId, DateTime nowUtc)
    {
        (ClaimedBy, ClaimedUntil) = (null, null);
        DecidedBy = staffId;
        DecidedAt = nowUtc;
    }

    private void SetReasons(IReadOnlyCollection<DecisionReason> reasons, string? text)
    {
        _reasons.Clear();
        _reasons.AddRange(reasons.Distinct());
        ReasonText = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    private static void EnsureReasons(IReadOnlyCollection<DecisionReason> reasons, string? text)
    {
        if (reasons.Count == 0)
        {
            throw new DomainException("A decision against the applicant needs at least one reason.");
        }

        if (reasons.Contains(DecisionReason.Other) && string.IsNullOrWhiteSpace(text))
        {
            throw new DomainException("The reason 'Other' needs a written explanation.");
        }
    }
}
