using KosovoElections.Application.Audit;
using KosovoElections.Application.Common;
using KosovoElections.Application.Documents;
using KosovoElections.Application.Staff.Sessions;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Audit;
using KosovoElections.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Review;

/// <summary>
/// A staff member looks at an applicant's image or thumbnail (SECURITY T-LOG-06): only with the permission to view
/// applicant documents, only of an application that has been submitted (a draft, or a draft withdrawn before submission,
/// is the applicant's private work and reads as "not found"), and every view is audited with who, which application, which document and which variant,
/// before a byte leaves.
/// </summary>
public sealed class ViewApplicantDocument(IElectionsDbFactory dbFactory, IDocumentStore store, IAuditLog audit)
{
    public async Task<byte[]?> HandleAsync(StaffIdentity staff, Guid documentId, bool thumbnail, CancellationToken cancellationToken = default)
    {
        if (!staff.May(Permission.ViewApplicantDocuments))
        {
            return null;
        }

        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var document = await db.Documents.AsNoTracking()
            .Where(d => d.Id == documentId && d.ImagesDeletedAt == null)
            .Join(db.Applications.Where(a => a.Status != ApplicationStatus.Draft && a.SubmittedAt != null), d => d.ApplicationId, a => a.Id, (d, a) => new { d.ImageRef, d.ThumbnailRef, ApplicationId = a.Id })
            .FirstOrDefaultAsync(cancellationToken);
        var bytes = document is null ? null : await store.ReadAsync(thumbnail ? document.ThumbnailRef : document.ImageRef, cancellationToken);
        if (bytes is null)
        {
            return null;
        }

        var variant = thumbnail ? "thumbnail" : "image";
        await audit.AppendAsync(
            new AuditEntry(ActorKind.Staff, $"{staff.StaffId}", AuditActions.Staff.DocumentViewed, document!.ApplicationId, $"document={documentId} variant={variant}"),
            cancellationToken);
        return bytes;
    }
}
