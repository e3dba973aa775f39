using KosovoElections.Application.Common;
using KosovoElections.Application.Staff.Sessions;
using KosovoElections.Domain;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Audit;
using KosovoElections.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Audit;

/// <summary>What to look for; every filter is optional. Instants are UTC, <paramref name="ToUtc"/> exclusive.</summary>
public sealed record AuditSearch(
    StaffIdentity Staff,
    string? Reference = null,
    string? StaffEmail = null,
    string? Action = null,
    DateTime? FromUtc = null,
    DateTime? ToUtc = null,
    int Page = 1);

/// <summary>Whether every filter named something that exists; a reference or e-mail nobody has finds nothing, and says so.</summary>
[ShownToPeople]
public enum AuditSearchStatus
{
    Found,
    UnknownReference,
    UnknownStaff,
}

/// <summary>One audit event as the page shows it: a staff actor by e-mail, the application by its reference.</summary>
public sealed record AuditRow(long Id, DateTime OccurredAt, ActorKind ActorKind, string Actor, string? StaffEmail, string Action, string? Reference, string Details);

public sealed record AuditResults(AuditSearchStatus Status, IReadOnlyList<AuditRow> Rows, int Page, bool HasNextPage);

/// <summary>
/// The audit log for supervisors and admins (<see cref="Permission.ViewAudit"/>): by application reference, staff
/// member, action and time, newest first, a page at a time. Reading it is not audited: the log holds ids, masked
/// numbers and counts, never an applicant's personal data (decision 0013).
/// </summary>
public sealed class SearchAuditLog(IElectionsDbFactory dbFactory)
{
    public const int PageSize = 50;

    public const string NotAllowed = "Audit_NotAllowed";

    public async Task<Outcome<AuditResults>> HandleAsync(AuditSearch search, CancellationToken cancellationToken = default)
    {
        if (!search.Staff.May(Permission.ViewAudit))
        {
            return Outcome<AuditResults>.Failure(NotAllowed);
        }

        var page = Math.Max(1, search.Page);
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var events = db.AuditEvents.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search.Reference))
        {
            var reference = ReferenceNumber.Normalize(search.Reference) ?? search.Reference.Trim();
            var application = await db.Applications.Where(a => a.ReferenceNumber == reference).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(cancellationToken);
            if (application is null)
            {
                return Empty(AuditSearchStatus.UnknownReference);
            }

            events = events.Where(e => e.ApplicationId == application);
        }

        if (!string.IsNullOrWhiteSpace(search.StaffEmail))
        {
            var email = StaffMember.Normalize(search.StaffEmail);
            var member = await db.Staff.Where(s => s.NormalizedEmail == email).Select(s => (Guid?)s.Id).FirstOrDefaultAsync(cancellationToken);
            if (member is null)
            {
                return Empty(AuditSearchStatus.UnknownStaff);
            }

            var actor = member.Value.ToString();
            events = events.Where(e => e.ActorKind == ActorKind.Staff && e.Actor == actor);
        }

        if (!string.IsNullOrWhiteSpace(search.Action))
        {
            events = events.Where(e => e.Action == search.Action.Trim());
        }

        if (search.FromUtc is { } from)
        {
            events = events.Where(e => e.OccurredAt >= from);
        }

        if (search.ToUtc is { } to)
        {
            events = events.Where(e => e.OccurredAt < to);
        }

        // One more than a page says whether there is a next one, without counting a log that only grows.
        var found = await events.OrderByDescending(e => e.Id).Skip((page - 1) * PageSize).Take(PageSize + 1).ToListAsync(cancellationToken);
        var shown = found.Take(PageSize).ToList();
        var staffIds = shown.Where(e => e.ActorKind == ActorKind.Staff).Select(e => Guid.TryParse(e.Actor, out var id) ? id : Guid.Empty).Distinct().ToList();
        var emails = await db.Staff.Where(s => staffIds.Contains(s.Id)).Select(s => new { s.Id, s.Email })
            .ToDictionaryAsync(s => s.Id.ToString(), s => s.Email, cancellationToken);
        var applicationIds = shown.Where(e => e.ApplicationId != null).Select(e => e.ApplicationId!.Value).Distinct().ToList();
        var references = await db.Applications.Where(a => applicationIds.Contains(a.Id)).Select(a => new { a.Id, a.ReferenceNumber })
            .ToDictionaryAsync(a => a.Id, a => a.ReferenceNumber, cancellationToken);
        var rows = shown.Select(e => new AuditRow(
            e.Id, e.OccurredAt, e.ActorKind, e.Actor,
            e.ActorKind == ActorKind.Staff ? emails.GetValueOrDefault(e.Actor) : null,
            e.Action,
            e.ApplicationId is { } id ? references.GetValueOrDefault(id) : null,
            e.Details)).ToList();
        return Outcome<AuditResults>.Ok(new AuditResults(AuditSearchStatus.Found, rows, page, found.Count > PageSize));

        Outcome<AuditResults> Empty(AuditSearchStatus status) => Outcome<AuditResults>.Ok(new AuditResults(status, [], page, false));
    }
}
