using KosovoElections.Application.Common;
using KosovoElections.Domain.Elections;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Administration.Elections;

internal static class CurrentOrNextElection
{
    /// <summary>The election whose registration is open, else the next one to open; what operators set up by default.</summary>
    public static Task<Election?> CurrentOrNextAsync(this IElectionsDb db, DateTime nowUtc, CancellationToken cancellationToken) =>
        db.Elections.Where(e => e.ClosesAt > nowUtc).OrderBy(e => e.OpensAt).FirstOrDefaultAsync(cancellationToken);
}
