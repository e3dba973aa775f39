using KosovoElections.Application.Audit;
using KosovoElections.Application.Common;
using KosovoElections.Application.Documents;
using KosovoElections.Application.Monitoring;
using KosovoElections.Application.Registration.Sessions;
using KosovoElections.Domain;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Audit;
using KosovoElections.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Registration.Capture;

/// <summary>
/// A photo just taken with the camera, for one slot of the signed-in applicant's own application. <paramref name="Page"/>
/// is the page of a proof of address it shows: a page already taken is retaken, any other is added after the last.
/// </summary>
public sealed record CaptureCommand(ApplicantIdentity Applicant, DocumentKind Kind, DocumentSubtype Subtype, ReadOnlyMemory<byte> Jpeg, int Page = 1);

[ShownToPeople]
public enum CaptureRefusal
{
    /// <summary>No live, editable application, or the registration deadline has passed.</summary>
    NotEditable,

    /// <summary>Too many captures for this application in the last hour (T-UP-07).</summary>
    TooManyCaptures,

    /// <summary>The image itself was refused; see <see cref="CaptureResult.ImageProblem"/>, whose text is shown instead.</summary>
    [NotShownToPeople]
    BadImage,

    /// <summary>A proof of address already has its <see cref="Document.MaxProofOfAddressPages"/> pages: one must be retaken or removed instead.</summary>
    TooManyPages,

    /// <summary>
    /// Another window or device saved this very page between this capture's read and its save (the database keeps one
    /// photo per page): what was saved stays, and the applicant can look and take the page again.
    /// </summary>
    SavedElsewhere,
}

/// <summary>What the server thinks of a capture a person can act on: retake when too dark or blurred.</summary>
[ShownToPeople]
public enum QualityVerdict
{
    Good,
    TooDark,
    TooBlurred,
}

public sealed record CaptureResult(Guid? DocumentId, QualityVerdict? Verdict, CaptureRefusal? Refusal = null, ImageProblem? ImageProblem = null)
{
    public static CaptureResult Refused(CaptureRefusal refusal, ImageProblem? problem = null) => new(null, null, refusal, problem);
}

/// <summary>
/// Stores a live capture for the applicant's own application (SPEC §4 steps 3 and 7, §7): only through the image
/// pipeline (never an image that was not rewritten), encrypted, and replacing the earlier capture of the same slot.
/// Proof of address keeps up to three pages.
/// </summary>
public sealed class CaptureDocument(IElectionsDbFactory dbFactory, IImageProcessor images, IDocumentStore store, IAuditLog audit, TimeProvider clock, ElectionsMetrics metrics)
{
    public const int MaxCapturesPerHour = 40;
    private const string Captured = AuditActions.Applicant.DocumentCaptured;
    private const string Refused = AuditActions.Applicant.DocumentRefused;
    public const int MaxProofOfAddressPages = Document.MaxProofOfAddressPages;

    // Mean luma below this is too dark for a reviewer to read a document; variance of the Laplacian below this is blurred.
    public const double MinBrightness = 50;
    public const double MinSharpness = 60;

    public async Task<CaptureResult> HandleAsync(CaptureCommand command, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var application = await db.EditableAsync(command.Applicant, StepOf(command.Kind), now, cancellationToken);
        if (application is null)
        {
            metrics.CaptureRefused(nameof(CaptureRefusal.NotEditable));
            return CaptureResult.Refused(CaptureRefusal.NotEditable);
        }

        var hourAgo = now.AddHours(-1);
        var recent = await db.AuditEvents.CountAsync(
            e => e.ApplicationId == application.Id && (e.Action == Captured || e.Action == Refused) && e.OccurredAt > hourAgo,
            cancellationToken);
        if (recent >= MaxCapturesPerHour)
        {
            metrics.CaptureRefused(nameof(CaptureRefusal.TooManyCaptures));
            return CaptureResult.Refused(CaptureRefusal.TooManyCaptures);
        }

        var slot = await SlotAsync(db, application.Id, command, cancellationToken);
        if (slot.Page is null)
        {
            return await RefusedAsync(command, application.Id, CaptureRefusal.TooManyPages, cancellationToken);
        }

        var outcome = images.Process(command.Jpeg.Span);
        if (outcome.Image is not { } image)
        {
            metrics.CaptureRefused(outcome.Problem.ToString()!);
            await AuditAsync(command, application.Id, Refused, outcome.Problem.ToString()!, cancellationToken);
            return CaptureResult.Refused(CaptureRefusal.BadImage, outcome.Problem);
        }

        var imageRef = await store.SaveAsync(image.Jpeg, cancellationToken);
        var thumbnailRef = await store.SaveAsync(image.Thumbnail, cancellationToken);
        var document = new Document(application.Id, command.Kind, command.Subtype, now, image.Facts, imageRef, thumbnailRef, slot.Page.Value);
        var replaced = slot.Replaced;
        db.Documents.RemoveRange(replaced);
        db.Documents.Add(document);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            if (!await SavedElsewhereAsync(document, cancellationToken))
            {
                throw;
            }

            await store.DeleteAsync(imageRef, cancellationToken);
            await store.DeleteAsync(thumbnailRef, cancellationToken);
            return await RefusedAsync(command, application.Id, CaptureRefusal.SavedElsewhere, cancellationToken);
        }

        foreach (var old in replaced)
        {
            await store.DeleteAsync(old.ImageRef, cancellationToken);
            await store.DeleteAsync(old.ThumbnailRef, cancellationToken);
            await AuditAsync(command, application.Id, AuditActions.Applicant.DocumentReplaced, old.Id.ToString(), cancellationToken);
        }

        await AuditAsync(command, application.Id, Captured, $"{document.Id} {command.Kind}/{command.Subtype} page {document.PageNumber} {image.Facts.Width}x{image.Facts.Height} sha256={image.Facts.Sha256}", cancellationToken);
        return new CaptureResult(document.Id, Judge(image.Facts));
    }

    /// <summary>The step a capture belongs to: during a correction only a named step's photos may be retaken.</summary>
    public static ApplicationStep StepOf(DocumentKind kind) => kind == DocumentKind.Selfie ? ApplicationStep.Selfie : ApplicationStep.Documents;

    public static QualityVerdict Judge(ImageFacts facts) =>
        facts.Brightness < MinBrightness ? QualityVerdict.TooDark
        : facts.Sharpness < MinSharpness ? QualityVerdict.TooBlurred
        : QualityVerdict.Good;

    /// <summary>
    /// Where the photo goes and what it replaces: a retake replaces the slot's earlier capture. A proof of address keeps
    /// its pages: the page named is retaken, or the photo becomes the page after the last; pages of another kind of proof
    /// go, since the applicant changed what they show. With every page taken there is no place: <see cref="Slot.Page"/> is null.
    /// </summary>
    private static async Task<Slot> SlotAsync(IElectionsDb db, Guid applicationId, CaptureCommand command, CancellationToken cancellationToken)
    {
        if (command.Kind != DocumentKind.ProofOfAddress)
        {
            return new(1, await db.Documents.Where(d => d.ApplicationId == applicationId && d.Kind == command.Kind && d.Subtype == command.Subtype)
                .ToListAsync(cancellationToken));
        }

        var pages = await db.Documents.Where(d => d.ApplicationId == applicationId && d.Kind == DocumentKind.ProofOfAddress).ToListAsync(cancellationToken);
        var otherProof = pages.Where(p => p.Subtype != command.Subtype).ToList();
        var sameProof = pages.Where(p => p.Subtype == command.Subtype).ToList();
        // A page after the last is one the migration to one photo per page set aside (decision 0021): it can be
        // removed, not retaken, since no document has such a page.
        if (command.Page <= MaxProofOfAddressPages && sameProof.Where(p => p.PageNumber == command.Page).ToList() is [_, ..] retaken)
        {
            return new(command.Page, [.. otherProof, .. retaken]);
        }

        return sameProof.Count < MaxProofOfAddressPages ? new(sameProof.Count + 1, otherProof) : new(null, []);
    }

    /// <summary>
    /// True when the save failed because a concurrent capture took the same page first (the unique index on the
    /// page's key, decision 0021), read in a fresh context; any other failure is not this one and goes on up.
    /// </summary>
    private async Task<bool> SavedElsewhereAsync(Document page, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        return await db.Documents.AnyAsync(
            d => d.ApplicationId == page.ApplicationId && d.Kind == page.Kind && d.Subtype == page.Subtype && d.PageNumber == page.PageNumber && d.Id != page.Id,
            cancellationToken);
    }

    private async Task<CaptureResult> RefusedAsync(CaptureCommand command, Guid applicationId, CaptureRefusal refusal, CancellationToken cancellationToken)
    {
        metrics.CaptureRefused(refusal.ToString());
        await AuditAsync(command, applicationId, Refused, refusal.ToString(), cancellationToken);
        return CaptureResult.Refused(refusal);
    }

    private Task AuditAsync(CaptureCommand command, Guid applicationId, string action, string details, CancellationToken cancellationToken) =>
        audit.AppendAsync(new AuditEntry(ActorKind.Applicant, PersonalNumber.Mask(command.Applicant.PersonalNumber), action, applicationId, details), cancellationToken);

    private sealed record Slot(int? Page, List<Document> Replaced);
}
