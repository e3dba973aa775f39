using KosovoElections.Application.Common;
using KosovoElections.Application.Email;
using KosovoElections.Domain.Applications;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Review.Decisions;

/// <summary>
/// The e-mail that tells the applicant a decision, in the language they last used, queued in the decision's own save.
/// None for a proposed rejection: until the second review the applicant still reads "in review".
/// </summary>
public sealed class DecisionLetters(IMailOutbox outbox, IEmailTemplates templates)
{
    public async Task QueueAsync(IElectionsDb db, VoterApplication application, CancellationToken cancellationToken)
    {
        if (application.Email is not { } to || application.ReferenceNumber is not { } reference)
        {
            return;
        }

        var letter = application.Status switch
        {
            ApplicationStatus.Approved => templates.ApplicationApproved(to, application.Language, reference, application.ReceiptCode!),
            ApplicationStatus.Rejected => templates.ApplicationRejected(to, application.Language, reference, application.Reasons, application.ReasonText),
            ApplicationStatus.CorrectionRequested => templates.CorrectionRequested(
                to, application.Language, reference, application.Reasons, application.ReasonText, application.CorrectionSteps,
                await db.Elections.Where(e => e.Id == application.ElectionId).Select(e => e.ClosesAt).SingleAsync(cancellationToken)),
            _ => null,
        };
        if (letter is not null)
        {
            outbox.Enqueue(db, letter);
        }
    }
}
