namespace KosovoElections.Domain.Applications;

[ShownToPeople]
public enum ApplicationStatus
{
    Draft,
    Submitted,
    InReview,

    /// <summary>A reviewer rejected it and a supervisor who did not has still to confirm (setting <c>Review:SecondReviewOfRejections</c>); the applicant still sees "in review".</summary>
    RejectionPending,
    Approved,
    Rejected,
    CorrectionRequested,
    Withdrawn,
}

/// <summary>How an application reached the CEC.</summary>
[ShownToPeople]
public enum ApplicationChannel
{
    Online,
    Post,
    Email,
}

/// <summary>Why an application was rejected or sent back for correction; each code has text in every UI language.</summary>
[ShownToPeople]
public enum DecisionReason
{
    SelfieNotHoldingId,
    FaceNotVisible,
    IdDocumentUnreadable,
    IdDocumentNotAccepted,
    ProofOfAddressMissing,
    ProofOfAddressMismatch,
    PersonMismatch,
    NotEligible,
    Duplicate,
    Other,
}
