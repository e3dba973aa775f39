using KosovoElections.Application.Audit;
using KosovoElections.Application.Common;
using KosovoElections.Application.Registration.Sessions;
using KosovoElections.Domain;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Audit;
using KosovoElections.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Registration.Withdrawal;

[ShownToPeople]
public enum WithdrawStatus
{
    /// <summary>Done: the status page shows the withdrawn application.</summary>
    [NotShownToPeople]
    Withdrawn,

    /// <summary>No live application in a status that may be withdrawn (approved, in review, already withdrawn).</summary>
    NotWithdrawable,

    /// <summary>Registration has closed: after the deadline nothing changes.</summary>
    DeadlinePassed,
}

/// <summary>
/// The applicant withdraws their own application (SPEC §3: Draft/Submitted/CorrectionRequested → Withdrawn) before the
/// deadline. A withdrawn application no longer holds the person's place, so signing in again while registration is open
/// starts a new draft.
/// </summary>
public sealed class WithdrawApplication(IElectionsDbFactory dbFactory, IAuditLog audit, TimeProvider clock)
{
    public async Task<WithdrawStatus> HandleAsync(ApplicantIdentity applicant, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var open = await db.AcceptsApplicationsAsync(applicant.ElectionId, now, cancellationToken);
        if (!open)
        {
            return WithdrawStatus.DeadlinePassed;
        }

        var application = await db.Applications.LiveOf(applicant).FirstOrDefaultAsync(cancellationToken);
        if (application is null || !application.CanMoveTo(ApplicationStatus.Withdrawn))
        {
            return WithdrawStatus.NotWithdrawable;
        }

        // A withdrawn application holds no place at a diplomatic mission any more: give it back in the same transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        application.Withdraw(now);
        try
        {
            await ReturnMethods.ChooseReturnMethod.MovePlaceAsync(db, application.MissionId, null, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // A reviewer took it into review (or a second tab withdrew it) in the meantime.
            return WithdrawStatus.NotWithdrawable;
        }

        await audit.AppendAsync(
            new AuditEntry(ActorKind.Applicant, PersonalNumber.Mask(applicant.PersonalNumber), AuditActions.Applicant.ApplicationWithdrawn, application.Id, application.ReferenceNumber ?? string.Empty),
            cancellationToken);
        return WithdrawStatus.Withdrawn;
    }
}
