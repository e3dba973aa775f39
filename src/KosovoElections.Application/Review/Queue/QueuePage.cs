using KosovoElections.Application.Common;
using KosovoElections.Application.Review.Leases;
using KosovoElections.Domain.Applications;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Review.Queue;

/// <summary>One page of the queue's rows in one query: the reviewer's own live claims and the page's ids, with what the table shows.</summary>
internal static class QueuePage
{
    /// <summary>Past this many rows, a page is read with one query over every status instead of one per status.</summary>
    private const int DeepPage = 2_000;

    public static async Task<List<QueueRow>> ReadAsync(
        IElectionsDb db, IQueryable<VoterApplication> matching, ReviewQueueQuery query, IReadOnlyList<ApplicationStatus> present,
        int page, DateTime now, CancellationToken cancellationToken)
    {
        var staffId = query.Staff.StaffId;
        var listed = query.Status is { } status ? matching.Where(a => a.Status == status) : matching;
        var mine = listed.HeldBy(staffId, now).Select(a => a.Id);
        var others = listed.Where(a => !(a.Status == ApplicationStatus.InReview && a.ClaimedBy == staffId && a.ClaimedUntil > now));
        var ids = mine.Concat(PageIds(others, query.Status is null ? present : [], (page - 1) * GetReviewQueue.PageSize));

        var found = await (
            from a in db.Applications.Where(a => ids.Contains(a.Id))
            join r in db.RegistryEntries on a.PersonalNumber equals r.PersonalNumber
            join m in db.Municipalities on r.MunicipalityId equals m.Id
            from s in db.Staff.Where(s => s.Id == a.ClaimedBy).DefaultIfEmpty()
            select new
            {
                a.Id,
                a.ReferenceNumber,
                a.SubmittedAt,
                a.Status,
                Country = a.Address == null ? null : a.Address.CountryCode,
                m.NameSq,
                m.NameSr,
                a.ReturnMethod,
                ClaimedByEmail = s == null ? null : s.Email,
                a.ClaimedBy,
                a.ClaimedUntil,
                Flags = db.Flags.Where(f => f.ApplicationId == a.Id).Select(f => f.Kind).ToList(),
            }).AsNoTracking().ToListAsync(cancellationToken);

        return [.. found.Select(a =>
        {
            var live = a.Status == ApplicationStatus.InReview && a.ClaimedUntil > now;
            return new QueueRow(
                a.Id, a.ReferenceNumber!, a.SubmittedAt!.Value, a.Status, a.Country, a.NameSq, a.NameSr, a.ReturnMethod,
                [.. a.Flags.Distinct().Order()], live ? a.ClaimedByEmail : null, live ? a.ClaimedUntil : null, live && a.ClaimedBy == staffId);
        }).OrderByDescending(r => r.IsMine).ThenBy(r => r.SubmittedAt).ThenBy(r => r.Id)];
    }

    /// <summary>
    /// The ids of one page, oldest first. Without a status filter each status present is read on its own along the
    /// (status, submitted at) index, which stops after the rows the page needs, and the database merges those few (one
    /// ORDER BY across every status would sort all of them). Deep pages, which nobody works through, take the plain order.
    /// </summary>
    private static IQueryable<Guid> PageIds(IQueryable<VoterApplication> applications, IReadOnlyList<ApplicationStatus> statuses, int skip)
    {
        if (statuses.Count <= 1 || skip > DeepPage)
        {
            return applications.OrderBy(a => a.SubmittedAt).ThenBy(a => a.Id).Skip(skip).Take(GetReviewQueue.PageSize).Select(a => a.Id);
        }

        var oldest = statuses.Select(status => applications.Where(a => a.Status == status)
                .OrderBy(a => a.SubmittedAt).ThenBy(a => a.Id).Take(skip + GetReviewQueue.PageSize)
                .Select(a => new { a.SubmittedAt, a.Id }))
            .Aggregate(Queryable.Concat);
        return oldest.OrderBy(a => a.SubmittedAt).ThenBy(a => a.Id).Skip(skip).Take(GetReviewQueue.PageSize).Select(a => a.Id);
    }
}
