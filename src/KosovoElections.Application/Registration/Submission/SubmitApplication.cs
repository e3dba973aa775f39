using KosovoElections.Application.Audit;
using KosovoElections.Application.Common;
using KosovoElections.Application.Email;
using KosovoElections.Application.Monitoring;
using KosovoElections.Application.Registration.Capture;
using KosovoElections.Application.Registration.Sessions;
using KosovoElections.Application.Review.Flags;
using KosovoElections.Domain;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Audit;
using KosovoElections.Domain.Elections;
using KosovoElections.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Registration.Submission;

/// <summary>APLIKO: the declaration accepted and the application sent, in the applicant's language for the e-mail.</summary>
public sealed record SubmitCommand(ApplicantIdentity Applicant, bool DeclarationAccepted, string Language);

[ShownToPeople]
public enum SubmitStatus
{
    Submitted,
    DeclarationMissing,
    Incomplete,

    /// <summary>No editable application, or the deadline has passed.</summary>
    NotOpen,
}

public sealed record SubmitResult(SubmitStatus Status, string? ReferenceNumber = null, ApplicationStep? MissingStep = null);

/// <summary>
/// Submits the applicant's own application (SPEC §4 step 9). Idempotent: a double click, a replayed event or a second
/// tab gets the same reference and makes one submission — the concurrency token lets one writer win and the others
/// read its result. Refused after the deadline, whatever the page shows. The confirmation e-mail is queued in the same
/// save as the submission.
/// </summary>
public sealed class SubmitApplication(
    IElectionsDbFactory dbFactory, IMailOutbox outbox, IEmailTemplates templates, IAuditLog audit, TimeProvider clock, FlagApplication flags, ElectionsMetrics metrics)
{
    private const int Attempts = 3;

    public async Task<SubmitResult> HandleAsync(SubmitCommand command, CancellationToken cancellationToken = default)
    {
        if (!command.DeclarationAccepted)
        {
            return new SubmitResult(SubmitStatus.DeclarationMissing);
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryOnceAsync(command, cancellationToken);
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // Another request submitted first (the version changed) or the reference collided: look again.
            }
        }
    }

    private async Task<SubmitResult> TryOnceAsync(SubmitCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var live = await db.Applications.LiveOf(command.Applicant).FirstOrDefaultAsync(cancellationToken);
        if (live is { Status: ApplicationStatus.Submitted or ApplicationStatus.InReview or ApplicationStatus.Approved })
        {
            return new SubmitResult(SubmitStatus.Submitted, live.ReferenceNumber);
        }

        var application = await db.EditableAsync(command.Applicant, now, cancellationToken);
        if (application is null)
        {
            return new SubmitResult(SubmitStatus.NotOpen);
        }

        var captured = await db.DocumentsTakenAsync(application.Id, cancellationToken);
        var missing = application.FirstUnfinishedStep(captured);
        if (missing != ApplicationStep.CheckAnswers)
        {
            return new SubmitResult(SubmitStatus.Incomplete, MissingStep: missing);
        }

        var election = await db.Elections.Where(e => e.Id == application.ElectionId).Select(e => new ElectionName(e.Name, e.NameSr, e.NameEn)).SingleAsync(cancellationToken);
        var resubmitting = application.Status == ApplicationStatus.CorrectionRequested;
        application.UseLanguage(command.Language);
        if (resubmitting)
        {
            application.Resubmit(now);
        }
        else
        {
            application.Submit(ReferenceNumber.New(), now, now);
        }

        outbox.Enqueue(db, templates.ApplicationSubmitted(application.Email!, command.Language, application.ReferenceNumber!, election.In(command.Language)));
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(
            new AuditEntry(ActorKind.Applicant, PersonalNumber.Mask(command.Applicant.PersonalNumber), resubmitting ? AuditActions.Applicant.ApplicationResubmitted : AuditActions.Applicant.ApplicationSubmitted, application.Id, application.ReferenceNumber!),
            cancellationToken);
        await flags.HandleAsync(application.Id, cancellationToken);
        metrics.ApplicationSubmitted();
        return new SubmitResult(SubmitStatus.Submitted, application.ReferenceNumber);
    }
}
