using KosovoElections.Application.Common;
using KosovoElections.Domain.Elections;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Administration.Elections;

public sealed record ElectionRow(Guid Id, ElectionName Name, ElectionKind Kind, DateOnly ElectionDay, DateTime OpensAt, DateTime ClosesAt, RegistrationWindow Window);

/// <summary>Every election, latest election day first, with where its registration stands now: the admins' list.</summary>
public sealed class ListElections(IElectionsDbFactory dbFactory, TimeProvider clock)
{
    public async Task<IReadOnlyList<ElectionRow>> HandleAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var elections = await db.Elections.AsNoTracking().ToListAsync(cancellationToken);
        return elections
            .OrderByDescending(e => e.ElectionDay)
            .Select(e => new ElectionRow(e.Id, e.Names, e.Kind, e.ElectionDay, e.OpensAt, e.ClosesAt, e.WindowAt(now)))
            .ToList();
    }

    /// <summary>The election with <paramref name="id"/> as stored (not tracked), or null: for its page of changes.</summary>
    public async Task<Election?> LoadAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        return await db.Elections.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
    }

    /// <summary>The id of the mayoral runoff opened from <paramref name="firstRoundId"/>, or null.</summary>
    public async Task<Guid?> RunoffOfAsync(Guid firstRoundId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        return await db.Elections.Where(e => e.RunoffOf == firstRoundId).Select(e => (Guid?)e.Id).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The election with <paramref name="id"/>, or null.</summary>
    public async Task<ElectionRow?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        (await HandleAsync(cancellationToken)).FirstOrDefault(e => e.Id == id);
}
