using System.Security.Cryptography;
using KosovoElections.Application.Audit;
using KosovoElections.Application.Common;
using KosovoElections.Application.Documents;
using KosovoElections.Application.Staff.Sessions;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Audit;
using KosovoElections.Domain.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace KosovoElections.Application.Review;

/// <summary>A document's decrypted bytes and what they are: a JPEG, or a paper application's PDF scan as it came.</summary>
public sealed record ViewedDocument(byte[] Bytes, DocumentFormat Format);

/// <summary>
/// A staff member looks at an applicant's image or thumbnail (SECURITY T-LOG-06): only with the permission to view
/// applicant documents, only of an application that has been submitted (a draft, or a draft withdrawn before submission,
/// is the applicant's private work and reads as "not found"), and every view is audited with who, which application, which document and which variant,
/// before a byte leaves. A PDF scan has no thumbnail.
/// </summary>
public sealed partial class ViewApplicantDocument(IElectionsDbFactory dbFactory, IDocumentStore store, IAuditLog audit, ILogger<ViewApplicantDocument> logger)
{
    public async Task<ViewedDocument?> HandleAsync(StaffIdentity staff, Guid documentId, bool thumbnail, CancellationToken cancellationToken = default)
    {
        if (!staff.May(Permission.ViewApplicantDocuments))
        {
            return null;
        }

        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var document = await db.Documents.AsNoTracking()
            .Where(d => d.Id == documentId && d.ImagesDeletedAt == null)
            .Join(db.Applications.Where(a => a.Status != ApplicationStatus.Draft && a.SubmittedAt != null), d => d.ApplicationId, a => a.Id, (d, a) => new { d.ImageRef, d.ThumbnailRef, d.Format, ApplicationId = a.Id })
            .FirstOrDefaultAsync(cancellationToken);
        var bytes = document is null || (thumbnail && document.Format == DocumentFormat.Pdf) ? null : await ReadAsync(documentId, thumbnail ? document.ThumbnailRef : document.ImageRef, cancellationToken);
        if (bytes is null)
        {
            return null;
        }

        var variant = thumbnail ? "thumbnail" : "image";
        await audit.AppendAsync(
            new AuditEntry(ActorKind.Staff, $"{staff.StaffId}", AuditActions.Staff.DocumentViewed, document!.ApplicationId, $"document={documentId} variant={variant}"),
            cancellationToken);
        return new ViewedDocument(bytes, document.Format);
    }

    /// <summary>
    /// The stored image, or null when it cannot be read: a reference the store does not know the shape of, a file or
    /// row that was altered, or a master key no longer configured is "not found" to the reviewer, and an error in the
    /// log for the operator, since the image is lost or was tampered with.
    /// </summary>
    private async Task<byte[]?> ReadAsync(Guid documentId, string reference, CancellationToken cancellationToken)
    {
        try
        {
            return await store.ReadAsync(reference, cancellationToken);
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException or InvalidOperationException)
        {
            Unreadable(logger, documentId, e);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The stored image of document {DocumentId} cannot be read; staff were answered 404.")]
    private static partial void Unreadable(ILogger logger, Guid documentId, Exception exception);
}
