using KosovoElections.Application.Audit;
using KosovoElections.Application.Common;
using KosovoElections.Application.Registration.ReturnMethods;
using KosovoElections.Application.Review.Flags;
using KosovoElections.Application.Staff.Sessions;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Audit;
using KosovoElections.Domain.Elections;
using KosovoElections.Domain.Registry;
using KosovoElections.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Review.Screen;

/// <summary>
/// One application for the review screen, by its reference: only for a member who may review or second-review, never
/// a draft (the applicant's private work), and every look is audited as a view of personal data. A fixed handful of
/// queries whatever the application holds (the application with its registry entry, election and lease holder; its
/// documents; flags; notes; history; the staff named in the history), so it stays fast at 100,000 applications.
/// </summary>
public sealed class GetApplicationForReview(IElectionsDbFactory dbFactory, IAuditLog audit, TimeProvider clock)
{
    // The order a reviewer compares them in: the face, the document, the face holding the document, then the address.
    private static readonly DocumentKind[] Order = [DocumentKind.Selfie, DocumentKind.IdDocument, DocumentKind.SelfieWithId, DocumentKind.ProofOfAddress];

    public async Task<ApplicationForReview?> HandleAsync(StaffIdentity staff, string reference, CancellationToken cancellationToken = default)
    {
        if (!(staff.May(Permission.ReviewApplications) || staff.May(Permission.SecondReview)) || ReferenceNumber.Normalize(reference) is not { } canonical)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var found = await (
            from a in db.Applications.AsNoTracking()
            where a.ReferenceNumber == canonical && a.Status != ApplicationStatus.Draft
            join p in db.RegistryEntries.AsNoTracking() on a.PersonalNumber equals p.PersonalNumber
            join m in db.Municipalities.AsNoTracking() on p.MunicipalityId equals m.Id
            join e in db.Elections.AsNoTracking() on a.ElectionId equals e.Id
            select new
            {
                Application = a,
                Person = p,
                m.NameSq,
                m.NameSr,
                Election = new ElectionName(e.Name, e.NameSr, e.NameEn),
                e.ElectionDay,
                Holder = db.Staff.Where(s => s.Id == a.ClaimedBy).Select(s => s.Email).FirstOrDefault(),
                Mission = db.Missions.Where(x => x.Id == a.MissionId).Select(x => x.Name + ", " + x.City).FirstOrDefault(),
                EnteredBy = db.Staff.Where(s => s.Id == a.EnteredBy).Select(s => s.Email).FirstOrDefault(),
            }).FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        var application = found.Application;
        var person = found.Person;
        var sendTo = application.ReturnMethod is ReturnMethod.DiplomaticMission ? found.Mission
            : application.ReturnMethod is { } method ? GetReturnMethodChoices.MailboxAddress(
                await db.Mailboxes.AsNoTracking().Where(b => b.ElectionId == application.ElectionId).ToListAsync(cancellationToken), method, application.Address?.CountryCode)
            : null;
        var review = new ApplicationForReview(
            application.Id,
            application.ReferenceNumber!,
            application.Status,
            application.Version,
            new RegistryFacts(person.FirstName, person.LastName, person.FatherName, person.DateOfBirth, person.Sex, found.NameSq, found.NameSr, person.Status),
            new EnteredFacts(person.DateOfBirth, application.Email, application.Phone, application.Address, application.ReturnMethod, sendTo),
            found.Election,
            found.ElectionDay,
            CivilRegistryEntry.AgeOn(person.DateOfBirth, found.ElectionDay),
            application.SubmittedAt,
            application.DecidedAt,
            application is { Status: ApplicationStatus.InReview, ClaimedUntil: { } until }
                ? new LeaseFacts(found.Holder, until, application.IsClaimedBy(staff.StaffId, now), until <= now)
                : null,
            AccessOf(application, staff, now),
            await DocumentsAsync(db, application.Id, cancellationToken),
            await FlagsAsync(db, application.Id, cancellationToken),
            await db.ReviewNotes.AsNoTracking().Where(n => n.ApplicationId == application.Id).OrderBy(n => n.CreatedAt)
                .Select(n => new NoteForReview(db.Staff.Where(s => s.Id == n.StaffId).Select(s => s.Email).FirstOrDefault(), n.CreatedAt, n.Text))
                .ToListAsync(cancellationToken),
            application.Reasons,
            application.ReasonText,
            application.CorrectionSteps,
            await HistoryAsync(db, application.Id, cancellationToken),
            application is { Channel: not ApplicationChannel.Online, ReceivedOn: { } received }
                ? new PaperFacts(application.Channel, received, application.PostmarkedOn, found.EnteredBy)
                : null);

        await audit.AppendAsync(
            new AuditEntry(ActorKind.Staff, $"{staff.StaffId}", AuditActions.Staff.ApplicationViewed, application.Id, canonical),
            cancellationToken);
        return review;
    }

    private static ReviewAccess AccessOf(VoterApplication application, StaffIdentity staff, DateTime now) => application.Status switch
    {
        ApplicationStatus.InReview when application.IsClaimedBy(staff.StaffId, now) => ReviewAccess.Decide,
        ApplicationStatus.InReview when application.ClaimedUntil > now => ReviewAccess.ClaimedByOther,
        ApplicationStatus.InReview => ReviewAccess.LeaseLapsed,
        ApplicationStatus.Submitted => ReviewAccess.WaitingInQueue,
        ApplicationStatus.RejectionPending when !staff.May(Permission.SecondReview) => ReviewAccess.AwaitingSecondReview,
        ApplicationStatus.RejectionPending when application.DecidedBy == staff.StaffId => ReviewAccess.OwnRejection,
        ApplicationStatus.RejectionPending => ReviewAccess.SecondReview,
        _ => ReviewAccess.Closed,
    };

    private static async Task<List<DocumentForReview>> DocumentsAsync(IElectionsDb db, Guid applicationId, CancellationToken cancellationToken)
    {
        var documents = await db.Documents.AsNoTracking().Where(d => d.ApplicationId == applicationId).OrderBy(d => d.CapturedAt)
            .Select(d => new DocumentForReview(d.Id, d.Kind, d.Subtype, d.Width, d.Height, d.Brightness, d.Sharpness, d.ImagesDeletedAt != null, d.ImagesDeletedAt, d.Format, d.Pages, d.PageNumber))
            .ToListAsync(cancellationToken);
        return [.. documents.OrderBy(d => Array.IndexOf(Order, d.Kind)).ThenBy(d => d.Subtype).ThenBy(d => d.PageNumber)];
    }

    private static async Task<List<FlagForReview>> FlagsAsync(IElectionsDb db, Guid applicationId, CancellationToken cancellationToken)
    {
        var flags = await (
            from f in db.Flags.AsNoTracking()
            where f.ApplicationId == applicationId
            join o in db.Applications.AsNoTracking() on f.OtherApplicationId equals o.Id into others
            from o in others.DefaultIfEmpty()
            select new { f.Kind, f.Detail, Other = o == null ? null : o.ReferenceNumber }).ToListAsync(cancellationToken);
        return [.. flags.OrderBy(f => f.Kind).ThenBy(f => f.Other).Select(f =>
        {
            var detail = FlagDetail.Parse(f.Detail);
            return new FlagForReview(f.Kind, f.Other, detail.Documents, detail.EarlierStatus, detail.EarlierReasons);
        })];
    }

    private static async Task<List<HistoryEntry>> HistoryAsync(IElectionsDb db, Guid applicationId, CancellationToken cancellationToken)
    {
        var actions = ReviewHistory.Actions.ToList();
        var events = await db.AuditEvents.AsNoTracking().Where(e => e.ApplicationId == applicationId && actions.Contains(e.Action))
            .OrderBy(e => e.Id).Select(e => new { e.Action, e.OccurredAt, e.ActorKind, e.Actor }).ToListAsync(cancellationToken);

        // A staff member is audited by id; the screen names them by e-mail.
        var staffIds = events.Where(e => e.ActorKind == ActorKind.Staff).Select(e => Guid.TryParse(e.Actor, out var id) ? id : Guid.Empty).Distinct().ToList();
        var emails = staffIds.Count == 0 ? [] : await db.Staff.AsNoTracking().Where(s => staffIds.Contains(s.Id))
            .Select(s => new { s.Id, s.Email }).ToDictionaryAsync(s => s.Id.ToString(), s => s.Email, cancellationToken);
        return [.. events.Select(e => new HistoryEntry(
            ReviewHistory.Events[e.Action], e.OccurredAt, e.ActorKind, e.ActorKind == ActorKind.Staff ? emails.GetValueOrDefault(e.Actor) : null))];
    }
}
