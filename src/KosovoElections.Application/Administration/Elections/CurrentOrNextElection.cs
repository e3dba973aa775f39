using KosovoElections.Application.Common;
using KosovoElections.Domain.Elections;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Administration.Elections;

internal static class CurrentOrNextElection
{
    /// <summary>The election whose registration is open, else the next one to open; what operators set up by default.</summary>
    public static Task<Election?> CurrentOrNextAsync(this IElectionsDb db, DateTime nowUtc, CancellationToken cancellationToken) =>
        db.Elections.Where(e => e.ClosesAt > nowUtc).OrderBy(e => e.OpensAt).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The election an admin's page names, or the current or next one when a command names none.</summary>
    public static Task<Election?> NamedOrCurrentAsync(this IElectionsDb db, Guid? electionId, DateTime nowUtc, CancellationToken cancellationToken) =>
        electionId is { } id
            ? db.Elections.FirstOrDefaultAsync(e => e.Id == id, cancellationToken)
            : db.CurrentOrNextAsync(nowUtc, cancellationToken);
}
