using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Audit;
using KosovoElections.Domain.Elections;
using KosovoElections.Domain.Registry;

namespace KosovoElections.Application.Review.Screen;

/// <summary>Everything the review screen shows of one application (SPEC §5), without a byte of its images.</summary>
public sealed record ApplicationForReview(
    Guid Id,
    string Reference,
    ApplicationStatus Status,
    Guid Version,
    RegistryFacts Registry,
    EnteredFacts Entered,
    ElectionName ElectionName,
    DateOnly ElectionDay,
    int AgeOnElectionDay,
    DateTime? SubmittedAt,
    DateTime? DecidedAt,
    LeaseFacts? Lease,
    ReviewAccess Access,
    IReadOnlyList<DocumentForReview> Documents,
    IReadOnlyList<FlagForReview> Flags,
    IReadOnlyList<NoteForReview> Notes,
    IReadOnlyList<DecisionReason> Reasons,
    string? ReasonText,
    IReadOnlyList<ApplicationStep> CorrectionSteps,
    IReadOnlyList<HistoryEntry> History,
    PaperFacts? Paper = null)
{
    /// <summary>Whether this member may decide now: the decision form is shown only then (the decision checks again).</summary>
    public bool MayDecide => Access is ReviewAccess.Decide or ReviewAccess.SecondReview;
}

/// <summary>The civil registry's entry of the applicant, the reference the reviewer compares the photos with.</summary>
public sealed record RegistryFacts(
    string FirstName,
    string LastName,
    string? FatherName,
    DateOnly DateOfBirth,
    Sex Sex,
    string MunicipalitySq,
    string MunicipalitySr,
    RegistryStatus Status);

/// <summary>What the applicant entered; the date of birth is the one they signed in with, which had to match the registry.</summary>
public sealed record EnteredFacts(
    DateOnly DateOfBirth,
    string? Email,
    string? Phone,
    AddressAbroad? Address,
    ReturnMethod? ReturnMethod,
    string? SendTo);

/// <summary>
/// How a paper application reached the CEC (issue 15): post or e-mail, the day it was received, the postmark's day for
/// post, and the staff member who entered it (by e-mail, as the screen names staff). An online application has none.
/// </summary>
public sealed record PaperFacts(ApplicationChannel Channel, DateOnly ReceivedOn, DateOnly? PostmarkedOn, string? EnteredByEmail);

/// <summary>The review lease: who holds it, until when, and whether it is the member looking.</summary>
public sealed record LeaseFacts(string? HolderEmail, DateTime Until, bool HeldByMe, bool Lapsed);

public sealed record DocumentForReview(
    Guid Id,
    DocumentKind Kind,
    DocumentSubtype Subtype,
    int Width,
    int Height,
    double Brightness,
    double Sharpness,
    bool ImagesDeleted,
    DateTime? ImagesDeletedAt = null,
    DocumentFormat Format = DocumentFormat.Jpeg,
    int Pages = 1,
    int PageNumber = 1);

/// <summary>A flag with what it names in words the screen translates, and the other application's reference for a link.</summary>
public sealed record FlagForReview(
    FlagKind Kind,
    string? OtherReference,
    IReadOnlyList<DocumentKind> Documents,
    ApplicationStatus? EarlierStatus,
    IReadOnlyList<DecisionReason> EarlierReasons);

public sealed record NoteForReview(string? AuthorEmail, DateTime At, string Text);

/// <summary>One line of the application's history, from the audit log; the actor is a staff e-mail, the applicant or the system.</summary>
public sealed record HistoryEntry(ReviewEvent Event, DateTime At, ActorKind Actor, string? StaffEmail);
