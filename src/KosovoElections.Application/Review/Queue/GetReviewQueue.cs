using KosovoElections.Application.Common;
using KosovoElections.Application.Review.Leases;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Review.Queue;

/// <summary>
/// The review queue (SPEC §5): submitted applications oldest first, filtered, one page at a time. Built for 100,000 and
/// more rows: the counts are one GROUP BY, the page is one ordered, limited query whose 50 ids alone are joined with the
/// registry, the municipality and the claiming staff member, and the flags are read for those 50 only.
/// </summary>
public sealed class GetReviewQueue(IElectionsDbFactory dbFactory, TimeProvider clock)
{
    public const int PageSize = 50;

    /// <summary>Past this many rows, a page is read with one query over every status instead of one per status.</summary>
    private const int DeepPage = 2_000;

    public async Task<Outcome<ReviewQueue>> HandleAsync(ReviewQueueQuery query, CancellationToken cancellationToken = default)
    {
        if (!query.Staff.May(Permission.ReviewApplications))
        {
            return Outcome<ReviewQueue>.Failure(TextKey.For(ClaimStatus.NotPermitted));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var matching = db.Applications.AsNoTracking().Matching(db, query);
        var counts = await matching.GroupBy(a => a.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(c => c.Status, c => c.Count, cancellationToken);

        var listed = query.Status is { } status ? matching.Where(a => a.Status == status) : matching;
        var total = query.Status is { } only ? counts.GetValueOrDefault(only) : counts.Values.Sum();

        // The reviewer's own claims lead the first page and are left out of the paging, so no page repeats them.
        var mine = await listed.HeldBy(query.Staff.StaffId, now).Select(a => a.Id).ToListAsync(cancellationToken);
        var pageCount = Math.Max(1, (int)Math.Ceiling((total - mine.Count) / (double)PageSize));
        var page = Math.Clamp(query.Page, 1, pageCount);
        var others = matching.Where(a => !mine.Contains(a.Id));
        var ids = await PageAsync(others, query.Status is { } one ? [one] : [.. counts.Keys], (page - 1) * PageSize, cancellationToken);

        var rows = await RowsAsync(db, db.Applications.Where(a => ids.Contains(a.Id)), now, query.Staff.StaffId, cancellationToken);
        if (page == 1 && mine.Count > 0)
        {
            rows = [.. await RowsAsync(db, db.Applications.Where(a => mine.Contains(a.Id)), now, query.Staff.StaffId, cancellationToken), .. rows];
        }

        return Outcome<ReviewQueue>.Ok(new ReviewQueue(rows, page, pageCount, total, counts));
    }

    /// <summary>
    /// The ids of one page, oldest first. Each status is read on its own along the (status, submitted at) index, which
    /// stops after the rows the page needs, and the few results are merged here: one query ordered across every status
    /// would sort all of them. Deep pages, which nobody works through, take the plain query.
    /// </summary>
    private static async Task<List<Guid>> PageAsync(IQueryable<VoterApplication> applications, IReadOnlyList<ApplicationStatus> statuses, int skip, CancellationToken cancellationToken)
    {
        if (statuses.Count == 1 || skip > DeepPage)
        {
            var listed = statuses.Count == 1 ? applications.Where(a => a.Status == statuses[0]) : applications;
            return await listed.OrderBy(a => a.SubmittedAt).ThenBy(a => a.Id).Skip(skip).Take(PageSize).Select(a => a.Id).ToListAsync(cancellationToken);
        }

        var oldest = new List<(DateTime? SubmittedAt, Guid Id)>();
        foreach (var status in statuses)
        {
            var found = await applications.Where(a => a.Status == status)
                .OrderBy(a => a.SubmittedAt).ThenBy(a => a.Id).Take(skip + PageSize)
                .Select(a => new { a.SubmittedAt, a.Id }).ToListAsync(cancellationToken);
            oldest.AddRange(found.Select(a => (a.SubmittedAt, a.Id)));
        }

        return [.. oldest.OrderBy(a => a.SubmittedAt).ThenBy(a => a.Id).Skip(skip).Take(PageSize).Select(a => a.Id)];
    }

    private static async Task<List<QueueRow>> RowsAsync(IElectionsDb db, IQueryable<VoterApplication> applications, DateTime now, Guid staffId, CancellationToken cancellationToken)
    {
        var found = await (
            from a in applications
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
            }).AsNoTracking().ToListAsync(cancellationToken);

        var ids = found.Select(a => a.Id).ToList();
        var flags = (await db.Flags.AsNoTracking().Where(f => ids.Contains(f.ApplicationId))
                .Select(f => new { f.ApplicationId, f.Kind }).Distinct().ToListAsync(cancellationToken))
            .ToLookup(f => f.ApplicationId, f => f.Kind);

        return [.. found.OrderBy(a => a.SubmittedAt).ThenBy(a => a.Id).Select(a =>
        {
            var live = a.Status == ApplicationStatus.InReview && a.ClaimedUntil > now;
            return new QueueRow(
                a.Id, a.ReferenceNumber!, a.SubmittedAt!.Value, a.Status, a.Country, a.NameSq, a.NameSr, a.ReturnMethod,
                [.. flags[a.Id].Order()], live ? a.ClaimedByEmail : null, live ? a.ClaimedUntil : null, live && a.ClaimedBy == staffId);
        })];
    }
}
