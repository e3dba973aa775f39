using KosovoElections.Application.Audit;
using KosovoElections.Application.Common;
using KosovoElections.Application.Documents;
using KosovoElections.Application.Registration.Sessions;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Audit;
using KosovoElections.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Registration.Capture;

/// <summary>
/// An applicant's own image or thumbnail, decrypted. Anyone else's document reads as "not found" — the same answer as
/// a document that does not exist — and the attempt is audited (T-AC-02).
/// </summary>
public sealed class ReadOwnDocument(IElectionsDbFactory dbFactory, IDocumentStore store, IAuditLog audit)
{
    public async Task<byte[]?> HandleAsync(ApplicantIdentity applicant, Guid documentId, bool thumbnail, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var document = await db.Documents.AsNoTracking()
            .Where(d => d.Id == documentId)
            .Join(db.Applications, d => d.ApplicationId, a => a.Id, (d, a) => new { d.ImageRef, d.ThumbnailRef, d.ImagesDeletedAt, a.Id, a.PersonalNumber, a.ElectionId })
            .FirstOrDefaultAsync(cancellationToken);
        if (document is null)
        {
            return null;
        }

        if (document.PersonalNumber != applicant.PersonalNumber || document.ElectionId != applicant.ElectionId)
        {
            await audit.AppendAsync(
                new AuditEntry(ActorKind.Applicant, PersonalNumber.Mask(applicant.PersonalNumber), AuditActions.Applicant.DocumentDenied, document.Id, $"{documentId}"),
                cancellationToken);
            return null;
        }

        return document.ImagesDeletedAt is null
            ? await store.ReadAsync(thumbnail ? document.ThumbnailRef : document.ImageRef, cancellationToken)
            : null;
    }
}
