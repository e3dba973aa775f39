using FluentValidation;
using FluentValidation.Results;
using KosovoElections.Application.Audit;
using KosovoElections.Application.Common;
using KosovoElections.Application.Documents;
using KosovoElections.Application.Review.Flags;
using KosovoElections.Application.Review.Queue;
using KosovoElections.Application.Staff.Sessions;
using KosovoElections.Domain;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Audit;
using KosovoElections.Domain.Elections;
using KosovoElections.Domain.Registry;
using KosovoElections.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Postal;

/// <summary>A paper application as the staff member typed it, with its scanned or photographed documents.</summary>
public sealed record EnterPostalCommand(StaffIdentity Staff, PostalEntryForm Form, IReadOnlyList<PaperDocument> Documents);

[ShownToPeople]
public enum PostalEntryStatus
{
    [NotShownToPeople]
    Entered,
    NotPermitted,

    /// <summary>What was typed or uploaded is not valid; see the field errors.</summary>
    [NotShownToPeople]
    Invalid,

    /// <summary>No election takes applications now, nor one whose registration closed before its election day.</summary>
    NoElection,

    /// <summary>No person in the civil registry with this personal number and date of birth.</summary>
    NotRecognised,
    NotActive,
    UnderAge,

    /// <summary>The date that counts (the setting <c>PostalEntry:DeadlineCounts</c>) is after the deadline's day.</summary>
    TooLate,

    /// <summary>This person's paper application in this election is already entered and live.</summary>
    AlreadyEntered,
}

/// <summary>The outcome; the field errors hold text keys, the reference is the new application's or the one already entered.</summary>
public sealed record PostalEntryResult(PostalEntryStatus Status, ValidationResult Errors, string? ReferenceNumber = null, Guid? ApplicationId = null);

/// <summary>
/// Enters an application that came by post or e-mail (Law on General Elections art. 97; SPEC §5) into the same queue,
/// rules and statistics as online ones: the civil registry match and eligibility of the online sign-in (without its
/// throttle, since staff type what the form says), the address page's validator, the deadline by the date the setting
/// names, documents through the capture pipeline or the PDF checks, the encrypted store, audited. The application is
/// sent at once and remembers who entered it, who therefore may not decide it (decision 0016).
/// </summary>
public sealed class EnterPostalApplication(
    IElectionsDbFactory dbFactory, IValidator<PostalEntryForm> validator, IImageProcessor images, IDocumentStore store, IAuditLog audit,
    PostalEntryOptions options, FlagApplication flags, QueueCounts queueCounts, TimeProvider clock)
{
    public const string IdDocumentRequired = "Postal_IdDocumentRequired";
    public const string ProofOfAddressRequired = "Postal_ProofOfAddressRequired";
    public const string ReturnMethodNotOffered = "Postal_ReturnMethodNotOffered";

    public async Task<PostalEntryResult> HandleAsync(EnterPostalCommand command, CancellationToken cancellationToken = default)
    {
        var errors = new ValidationResult();
        if (!command.Staff.May(Permission.EnterPostalApplications))
        {
            return new PostalEntryResult(PostalEntryStatus.NotPermitted, errors);
        }

        var form = command.Form;
        errors = await validator.ValidateAsync(form, cancellationToken);
        foreach (var kind in new[] { DocumentKind.IdDocument, DocumentKind.ProofOfAddress }.Where(k => !command.Documents.Any(d => d.Kind == k && !d.Content.IsEmpty)))
        {
            errors.Errors.Add(new ValidationFailure(PaperDocument.FieldOf(kind), kind == DocumentKind.IdDocument ? IdDocumentRequired : ProofOfAddressRequired));
        }

        var documents = PaperDocuments.Check([.. command.Documents.Where(d => !d.Content.IsEmpty)], images, errors);
        if (!errors.IsValid)
        {
            return new PostalEntryResult(PostalEntryStatus.Invalid, errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var today = KosovoCalendar.DayOf(now);
        var election = await db.Elections.AsNoTracking()
            .Where(e => e.OpensAt <= now && e.ElectionDay >= today)
            .OrderByDescending(e => e.OpensAt)
            .FirstOrDefaultAsync(cancellationToken);
        if (election is null)
        {
            return new PostalEntryResult(PostalEntryStatus.NoElection, errors);
        }

        if (!election.ReturnMethods().Contains(form.ChosenReturnMethod!.Value))
        {
            errors.Errors.Add(new ValidationFailure(nameof(PostalEntryForm.ReturnMethod), ReturnMethodNotOffered));
            return new PostalEntryResult(PostalEntryStatus.Invalid, errors);
        }

        var person = await db.RegistryEntries.AsNoTracking()
            .Where(e => e.PersonalNumber == form.NormalizedPersonalNumber)
            .Select(e => new RegisteredPerson(e.DateOfBirth, e.Status, e.MunicipalityId))
            .FirstOrDefaultAsync(cancellationToken);
        if (await RefusalAsync(db, election, form, person, cancellationToken) is { } refusal)
        {
            await AuditAsync(command.Staff, AuditActions.Staff.PaperApplicationRefused, refusal.ApplicationId, $"{PersonalNumber.Mask(form.NormalizedPersonalNumber)} {refusal.Status}", cancellationToken);
            return refusal with { Errors = errors };
        }

        var application = VoterApplication.Enter(election.Id, form.NormalizedPersonalNumber, form.ToPaperForm(), command.Staff.StaffId, ReferenceNumber.New(), now, person!.MunicipalityId);
        db.Applications.Add(application);
        var stored = await StoreAsync(db, application.Id, documents, now, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Entered at the same moment by someone else: the unique index kept one; the files of this one go.
            await DeleteAsync(stored, cancellationToken);
            return new PostalEntryResult(PostalEntryStatus.AlreadyEntered, errors);
        }

        queueCounts.StatusChanged();
        var files = string.Join(' ', stored.Select(d => $"{d.Id}:{d.Kind}/{d.Subtype}/{d.Format}"));
        await AuditAsync(command.Staff, AuditActions.Staff.PaperApplicationEntered, application.Id, $"{application.ReferenceNumber} channel={application.Channel} documents={files}", cancellationToken);
        await flags.HandleAsync(application.Id, cancellationToken);
        return new PostalEntryResult(PostalEntryStatus.Entered, errors, application.ReferenceNumber, application.Id);
    }

    /// <summary>The registry match, eligibility, the deadline and an application already entered, in that order.</summary>
    private async Task<PostalEntryResult?> RefusalAsync(IElectionsDb db, Election election, PostalEntryForm form, RegisteredPerson? person, CancellationToken cancellationToken)
    {
        var number = form.NormalizedPersonalNumber;
        if (person is null || person.DateOfBirth != form.DateOfBirth)
        {
            return Refused(PostalEntryStatus.NotRecognised);
        }

        switch (CivilRegistryEntry.EligibilityFor(person.Status, person.DateOfBirth, election.ElectionDay))
        {
            case Eligibility.NotActive:
                return Refused(PostalEntryStatus.NotActive);
            case Eligibility.UnderAge:
                return Refused(PostalEntryStatus.UnderAge);
        }

        if (!InTime(CountedDate(form), election))
        {
            return Refused(PostalEntryStatus.TooLate);
        }

        var entered = await db.Applications.AsNoTracking()
            .Where(a => a.ElectionId == election.Id && a.PersonalNumber == number && a.Channel != ApplicationChannel.Online
                && a.Status != ApplicationStatus.Rejected && a.Status != ApplicationStatus.Withdrawn)
            .Select(a => new { a.Id, a.ReferenceNumber })
            .FirstOrDefaultAsync(cancellationToken);
        return entered is null ? null : Refused(PostalEntryStatus.AlreadyEntered) with { ReferenceNumber = entered.ReferenceNumber, ApplicationId = entered.Id };
    }

    /// <summary>The postmark's day when the setting says so and the letter has one; otherwise the day it was received.</summary>
    public DateOnly CountedDate(PostalEntryForm form) =>
        options.DeadlineCounts == DeadlineDate.Postmark && form.PostmarkedOn is { } postmark ? postmark : form.ReceivedOn!.Value;

    /// <summary>
    /// A paper application carries a date, not an instant: it is in time when its day begins (Kosovo time) before the
    /// deadline, so the deadline's own day still counts whatever its hour (decision 0016).
    /// </summary>
    public static bool InTime(DateOnly counted, Election election) => KosovoCalendar.StartOf(counted) < election.ClosesAt;

    private static PostalEntryResult Refused(PostalEntryStatus status) => new(status, new ValidationResult());

    private async Task<List<Document>> StoreAsync(IElectionsDb db, Guid applicationId, List<CheckedDocument> documents, DateTime now, CancellationToken cancellationToken)
    {
        List<Document> stored = [];
        foreach (var (upload, image, pages) in documents)
        {
            if (image is not null)
            {
                var imageRef = await store.SaveAsync(image.Jpeg, cancellationToken);
                var thumbnailRef = await store.SaveAsync(image.Thumbnail, cancellationToken);
                stored.Add(new Document(applicationId, upload.Kind, upload.Subtype, now, image.Facts, imageRef, thumbnailRef));
            }
            else
            {
                var sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(upload.Content.Span));
                stored.Add(Document.Scan(applicationId, upload.Kind, upload.Subtype, now, sha256, pages, await store.SaveAsync(upload.Content, cancellationToken)));
            }
        }

        db.Documents.AddRange(stored);
        return stored;
    }

    private async Task DeleteAsync(List<Document> stored, CancellationToken cancellationToken)
    {
        foreach (var document in stored)
        {
            await store.DeleteAsync(document.ImageRef, cancellationToken);
            await store.DeleteAsync(document.ThumbnailRef, cancellationToken);
        }
    }

    /// <summary>What the entry needs of the person's registry entry: the match, eligibility and the municipality it is counted under.</summary>
    private sealed record RegisteredPerson(DateOnly DateOfBirth, RegistryStatus Status, int MunicipalityId);

    private Task AuditAsync(StaffIdentity staff, string action, Guid? applicationId, string details, CancellationToken cancellationToken) =>
        audit.AppendAsync(new AuditEntry(ActorKind.Staff, $"{staff.StaffId}", action, applicationId, details), cancellationToken);
}
