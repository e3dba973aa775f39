using KosovoElections.Application.Common;
using KosovoElections.Application.Review.Leases;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Review.Queue;

/// <summary>
/// The review queue (SPEC §5): submitted applications oldest first, filtered, one page at a time. Built for 100,000 and
/// more rows (decision record 0012): the counts are one GROUP BY kept for a few seconds (<see cref="QueueCounts"/>), and
/// the page is one query: the reviewer's own live claims and the page's 50 ids, joined with the registry, the
/// municipality, the claiming staff member and the flags.
/// </summary>
public sealed class GetReviewQueue(IElectionsDbFactory dbFactory, QueueCounts queueCounts, TimeProvider clock)
{
    public const int PageSize = 50;

    public async Task<Outcome<ReviewQueue>> HandleAsync(ReviewQueueQuery query, CancellationToken cancellationToken = default)
    {
        if (!query.Staff.May(Permission.ReviewApplications))
        {
            return Outcome<ReviewQueue>.Failure(TextKey.For(ClaimStatus.NotPermitted));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var matching = db.Applications.AsNoTracking().Matching(db, query);
        var counts = await queueCounts.GetAsync(query, async ct => await matching.GroupBy(a => a.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(c => c.Status, c => c.Count, ct), cancellationToken);

        var total = query.Status is { } only ? counts.GetValueOrDefault(only) : counts.Values.Sum();
        var page = Math.Clamp(query.Page, 1, PageCount(total));
        var rows = await QueuePage.ReadAsync(db, matching, query, [.. counts.Keys], page, now, cancellationToken);

        // The reviewer's own claims lead the first page and are left out of the paging, so no page repeats them; they
        // are read with every page, so the page count leaves them out too.
        var mine = rows.Count(r => r.IsMine);
        var pageCount = PageCount(total - mine);
        if (page > pageCount)
        {
            page = pageCount;
            rows = await QueuePage.ReadAsync(db, matching, query, [.. counts.Keys], page, now, cancellationToken);
        }

        return Outcome<ReviewQueue>.Ok(new ReviewQueue([.. rows.Where(r => page == 1 || !r.IsMine)], page, pageCount, total, counts));
    }

    private static int PageCount(int rows) => Math.Max(1, (int)Math.Ceiling(rows / (double)PageSize));
}
