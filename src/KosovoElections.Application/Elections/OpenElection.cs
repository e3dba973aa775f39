using KosovoElections.Application.Common;
using KosovoElections.Domain.Elections;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Elections;

/// <summary>What the start page shows: the election whose registration is open now, or else the next or the last one.</summary>
public sealed record ElectionNotice(Guid Id, ElectionName Name, ElectionKind Kind, DateOnly ElectionDay, DateTime OpensAt, DateTime ClosesAt, RegistrationWindow Window);

public sealed class FindCurrentElection(IElectionsDbFactory dbFactory, TimeProvider clock)
{
    public async Task<ElectionNotice?> HandleAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var elections = db.Elections.AsNoTracking();
        var election =
            await elections.Where(e => e.OpensAt <= now && now < e.ClosesAt).FirstOrDefaultAsync(cancellationToken)
            ?? await elections.Where(e => e.OpensAt > now).OrderBy(e => e.OpensAt).FirstOrDefaultAsync(cancellationToken)
            ?? await elections.OrderByDescending(e => e.ClosesAt).FirstOrDefaultAsync(cancellationToken);
        return election is null
            ? null
            : new ElectionNotice(election.Id, election.Names, election.Kind, election.ElectionDay, election.OpensAt, election.ClosesAt, election.WindowAt(now));
    }
}
