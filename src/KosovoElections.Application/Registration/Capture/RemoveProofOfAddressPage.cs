using KosovoElections.Application.Audit;
using KosovoElections.Application.Common;
using KosovoElections.Application.Documents;
using KosovoElections.Application.Registration.Sessions;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Audit;
using KosovoElections.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Registration.Capture;

/// <summary>A page of the proof of address the applicant no longer wants sent: a page too many, or the wrong one.</summary>
public sealed record RemoveProofOfAddressPageCommand(ApplicantIdentity Applicant, Guid DocumentId);

/// <summary>
/// Takes a page of the proof of address out of the applicant's own editable application, deletes its images and moves
/// the pages after it up, so the pages stay numbered without a gap. Any other document, or one of another application,
/// is "not there": nothing is removed.
/// </summary>
public sealed class RemoveProofOfAddressPage(IElectionsDbFactory dbFactory, IDocumentStore store, IAuditLog audit, TimeProvider clock)
{
    public async Task<bool> HandleAsync(RemoveProofOfAddressPageCommand command, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var application = await db.EditableAsync(command.Applicant, ApplicationStep.Documents, clock.GetUtcNow().UtcDateTime, cancellationToken);
        if (application is null)
        {
            return false;
        }

        var pages = await db.Documents.Where(d => d.ApplicationId == application.Id && d.Kind == DocumentKind.ProofOfAddress).ToListAsync(cancellationToken);
        if (pages.Find(p => p.Id == command.DocumentId) is not { } removed)
        {
            return false;
        }

        db.Documents.Remove(removed);
        foreach (var later in pages.Where(p => p.Subtype == removed.Subtype && p.PageNumber > removed.PageNumber))
        {
            later.MoveToPage(later.PageNumber - 1);
        }

        await db.SaveChangesAsync(cancellationToken);
        await store.DeleteAsync(removed.ImageRef, cancellationToken);
        await store.DeleteAsync(removed.ThumbnailRef, cancellationToken);
        await audit.AppendAsync(
            new AuditEntry(ActorKind.Applicant, PersonalNumber.Mask(command.Applicant.PersonalNumber), AuditActions.Applicant.DocumentRemoved, application.Id, $"{removed.Id} page {removed.PageNumber}"),
            cancellationToken);
        return true;
    }
}
