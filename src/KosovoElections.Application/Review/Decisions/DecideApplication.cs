using FluentValidation;
using KosovoElections.Application.Audit;
using KosovoElections.Application.Common;
using KosovoElections.Application.Email;
using KosovoElections.Application.Monitoring;
using KosovoElections.Application.Registration.ReturnMethods;
using KosovoElections.Application.Review.Queue;
using KosovoElections.Application.Staff.Sessions;
using KosovoElections.Domain;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Audit;
using KosovoElections.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Review.Decisions;

/// <summary>A decision on the application the staff member opened, as it was when they opened it (<paramref name="Version"/>).</summary>
public sealed record DecideCommand(StaffIdentity Staff, Guid ApplicationId, Guid Version, DecisionInput Decision);

[ShownToPeople]
public enum DecisionStatus
{
    [NotShownToPeople]
    Decided,
    NotPermitted,

    /// <summary>The reviewer does not hold the application's lease (it lapsed and was claimed, released or reassigned).</summary>
    NotYourLease,

    /// <summary>Someone changed or decided the application since the page was opened.</summary>
    ChangedMeanwhile,
    Invalid,

    /// <summary>A second review by the one who proposed the rejection.</summary>
    OwnRejection,

    /// <summary>The staff member entered this paper application, so someone else decides it (separation of duties).</summary>
    EnteredByYou,

    /// <summary>Another application of the same person in this election (made online or on paper) is already approved.</summary>
    PersonAlreadyApproved,
}

public sealed record DecisionResult(DecisionStatus Status, ApplicationStatus? NewStatus = null);

/// <summary>
/// Decides an application (SPEC §5): the reviewer holding the lease, or on a pending rejection a supervisor who did
/// not propose it. Saved against the concurrency token the staff member saw, so of two decisions made at once exactly
/// one applies; the applicant's e-mail is queued in the same save, and only once the decision reaches them (a proposed
/// rejection still reads "in review" to them).
/// </summary>
public sealed class DecideApplication(
    IElectionsDbFactory dbFactory, IValidator<DecisionInput> validator, DecisionLetters letters, IAuditLog audit, ReviewOptions options, QueueCounts queueCounts, TimeProvider clock, ElectionsMetrics metrics)
{
    /// <summary>Enough for a receipt code that collides on the unique index (about one in 10¹³).</summary>
    private const int Attempts = 3;

    public async Task<DecisionResult> HandleAsync(DecideCommand command, CancellationToken cancellationToken = default)
    {
        if (!command.Staff.May(Permission.ReviewApplications) && !command.Staff.May(Permission.SecondReview))
        {
            return new DecisionResult(DecisionStatus.NotPermitted);
        }

        if (!(await validator.ValidateAsync(command.Decision, cancellationToken)).IsValid)
        {
            return new DecisionResult(DecisionStatus.Invalid);
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryOnceAsync(command, cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                return new DecisionResult(DecisionStatus.ChangedMeanwhile);
            }
            catch (DbUpdateException) when (attempt < Attempts && command.Decision.Kind == DecisionKind.Approve)
            {
                // The receipt code was already taken, or the person's other application was approved at this moment:
                // nothing was saved, so look again (with a new code).
            }
        }
    }

    private async Task<DecisionResult> TryOnceAsync(DecideCommand command, CancellationToken cancellationToken)
    {
        var (staff, decision) = (command.Staff, command.Decision);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var application = await db.Applications.FirstOrDefaultAsync(a => a.Id == command.ApplicationId, cancellationToken);
        if (application is null)
        {
            return new DecisionResult(DecisionStatus.Invalid);
        }

        if (Refusal(application, command, now) is { } refused)
        {
            return new DecisionResult(refused);
        }

        // One approval per person and election, whichever channel (a unique index holds it against a race, and the
        // retry of HandleAsync then lands here).
        if (command.Decision.Kind == DecisionKind.Approve && await db.Applications.AnyAsync(
                a => a.ElectionId == application.ElectionId && a.PersonalNumber == application.PersonalNumber && a.Id != application.Id && a.Status == ApplicationStatus.Approved,
                cancellationToken))
        {
            return new DecisionResult(DecisionStatus.PersonAlreadyApproved);
        }

        var before = application.Status;
        var reasons = decision.Reasons.Order().ToList();
        var freesPlace = false;
        switch (decision.Kind)
        {
            case DecisionKind.Approve:
                application.Approve(ReceiptCode.New(), staff.StaffId, now);
                break;
            case DecisionKind.Reject when options.SecondReviewOfRejections:
                application.ProposeRejection(reasons, decision.ReasonText, staff.StaffId, now);
                break;
            case DecisionKind.Reject:
                application.Reject(reasons, decision.ReasonText, staff.StaffId, now);
                freesPlace = true;
                break;
            case DecisionKind.ConfirmRejection:
                application.ConfirmRejection(staff.StaffId, now);
                freesPlace = true;
                break;
            default:
                application.RequestCorrection(reasons, decision.Steps, decision.ReasonText, staff.StaffId, now);
                break;
        }

        if (!string.IsNullOrWhiteSpace(decision.Note))
        {
            db.ReviewNotes.Add(new ReviewNote(application.Id, staff.StaffId, decision.Note, now));
        }

        await letters.QueueAsync(db, application, cancellationToken);

        // The status changes first against the token; only the winner then gives the mission place back.
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken);
            if (freesPlace)
            {
                await ChooseReturnMethod.MovePlaceAsync(db, application.MissionId, null, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        queueCounts.StatusChanged();
        await AuditAsync(staff, application, before, decision, cancellationToken);
        metrics.DecisionMade(MetricKind(application.Status, before));
        return new DecisionResult(DecisionStatus.Decided, application.Status);
    }

    /// <summary>The decision as docs/operations.md names its kinds.</summary>
    private static string MetricKind(ApplicationStatus after, ApplicationStatus before) => after switch
    {
        ApplicationStatus.Approved => "Approved",
        ApplicationStatus.RejectionPending => "RejectionProposed",
        ApplicationStatus.Rejected when before == ApplicationStatus.RejectionPending => "RejectionConfirmed",
        ApplicationStatus.Rejected => "Rejected",
        _ => "CorrectionRequested",
    };

    private static DecisionStatus? Refusal(VoterApplication application, DecideCommand command, DateTime now)
    {
        var (staff, kind) = (command.Staff, command.Decision.Kind);
        if (application.Version != command.Version)
        {
            return DecisionStatus.ChangedMeanwhile;
        }

        if (application.WasEnteredBy(staff.StaffId))
        {
            return DecisionStatus.EnteredByYou;
        }

        return application.Status switch
        {
            ApplicationStatus.InReview when !staff.May(Permission.ReviewApplications) => DecisionStatus.NotPermitted,
            ApplicationStatus.InReview when !application.IsClaimedBy(staff.StaffId, now) => DecisionStatus.NotYourLease,
            ApplicationStatus.InReview when kind == DecisionKind.ConfirmRejection => DecisionStatus.Invalid,
            ApplicationStatus.InReview => null,
            ApplicationStatus.RejectionPending when !staff.May(Permission.SecondReview) => DecisionStatus.NotPermitted,
            ApplicationStatus.RejectionPending when application.DecidedBy == staff.StaffId => DecisionStatus.OwnRejection,
            ApplicationStatus.RejectionPending when kind == DecisionKind.Reject => DecisionStatus.Invalid,
            ApplicationStatus.RejectionPending => null,
            ApplicationStatus.Submitted => DecisionStatus.NotYourLease,
            _ => DecisionStatus.ChangedMeanwhile,
        };
    }

    private Task AuditAsync(StaffIdentity staff, VoterApplication application, ApplicationStatus before, DecisionInput decision, CancellationToken cancellationToken)
    {
        var action = application.Status switch
        {
            ApplicationStatus.Approved => AuditActions.Staff.ApplicationApproved,
            ApplicationStatus.RejectionPending => AuditActions.Staff.RejectionProposed,
            ApplicationStatus.Rejected when before == ApplicationStatus.RejectionPending => AuditActions.Staff.RejectionConfirmed,
            ApplicationStatus.Rejected => AuditActions.Staff.ApplicationRejected,
            _ => AuditActions.Staff.CorrectionRequested,
        };
        var details = $"{application.ReferenceNumber} reasons={string.Join(',', application.Reasons)} steps={string.Join(',', application.CorrectionSteps)}";
        return AuditNoteThenDecisionAsync(staff, application.Id, action, details, decision.Note, cancellationToken);
    }

    private async Task AuditNoteThenDecisionAsync(StaffIdentity staff, Guid applicationId, string action, string details, string? note, CancellationToken cancellationToken)
    {
        var actor = $"{staff.StaffId}";
        await audit.AppendAsync(new AuditEntry(ActorKind.Staff, actor, action, applicationId, details), cancellationToken);
        if (!string.IsNullOrWhiteSpace(note))
        {
            // The note's words stay in review_notes: the audit records only that one was written.
            await audit.AppendAsync(new AuditEntry(ActorKind.Staff, actor, AuditActions.Staff.NoteAdded, applicationId), cancellationToken);
        }
    }
}
