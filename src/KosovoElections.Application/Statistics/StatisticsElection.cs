using KosovoElections.Application.Common;
using KosovoElections.Domain.Elections;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Statistics;

internal static class StatisticsElection
{
    /// <summary>
    /// The election whose figures are published and exported: the one open now, else the one that opened last. An
    /// election yet to open has no applications, so it never hides the last one's figures.
    /// </summary>
    public static async Task<Election?> ForFiguresAsync(this IElectionsDb db, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var elections = db.Elections.AsNoTracking();
        return await elections.Where(e => e.OpensAt <= nowUtc && nowUtc < e.ClosesAt).FirstOrDefaultAsync(cancellationToken)
            ?? await elections.Where(e => e.OpensAt <= nowUtc).OrderByDescending(e => e.OpensAt).FirstOrDefaultAsync(cancellationToken);
    }
}
