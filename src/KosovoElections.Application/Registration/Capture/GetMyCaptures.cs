using KosovoElections.Application.Common;
using KosovoElections.Application.Registration.Sessions;
using KosovoElections.Domain.Applications;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Registration.Capture;

/// <summary>One saved photo of an application; its thumbnail is read through the applicant's documents endpoint.</summary>
public sealed record CapturedDocument(Guid Id, DocumentKind Kind, DocumentSubtype Subtype, DateTime CapturedAt, int PageNumber = 1);

/// <summary>
/// The photos already saved to the signed-in applicant's own live application, so that a capture page opened again
/// (after a reload, a dropped connection or on another device) shows them rather than empty slots.
/// </summary>
public sealed class GetMyCaptures(IElectionsDbFactory dbFactory)
{
    public async Task<IReadOnlyList<CapturedDocument>> HandleAsync(ApplicantIdentity applicant, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var application = await db.Applications.AsNoTracking().LiveOf(applicant).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(cancellationToken);
        return application is { } id ? await db.CapturedDocumentsOf(id).ToListAsync(cancellationToken) : [];
    }
}

public static class CapturedDocuments
{
    /// <summary>The application's photos whose images still exist (retention deletes them after the election).</summary>
    public static IQueryable<CapturedDocument> CapturedDocumentsOf(this IElectionsDb db, Guid applicationId) =>
        db.Documents.AsNoTracking()
            .Where(d => d.ApplicationId == applicationId && d.ImagesDeletedAt == null)
            .Select(d => new CapturedDocument(d.Id, d.Kind, d.Subtype, d.CapturedAt, d.PageNumber));

    /// <summary>The application's photos, as the steps count them.</summary>
    public static async Task<DocumentsTaken> DocumentsTakenAsync(this IElectionsDb db, Guid applicationId, CancellationToken cancellationToken) =>
        (await db.CapturedDocumentsOf(applicationId).ToListAsync(cancellationToken)).Taken();

    public static DocumentsTaken Taken(this IEnumerable<CapturedDocument> captures) =>
        new(captures.Select(d => new PhotoTaken(d.Kind, d.Subtype, d.CapturedAt)));
}
