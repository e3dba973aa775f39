using KosovoElections.Application.Common;
using KosovoElections.Domain.Elections;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Administration.Elections;

/// <summary>An election's mailboxes (Kosovo, the default abroad, then by country) and its missions (by country, city, name).</summary>
public sealed record MailboxesAndMissions(IReadOnlyList<Mailbox> Mailboxes, IReadOnlyList<DiplomaticMission> Missions);

/// <summary>What an election's page lists of where ballots go back.</summary>
public sealed class ListMailboxesAndMissions(IElectionsDbFactory dbFactory)
{
    public async Task<MailboxesAndMissions> HandleAsync(Guid electionId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var mailboxes = await db.Mailboxes.AsNoTracking().Where(m => m.ElectionId == electionId).ToListAsync(cancellationToken);
        var missions = await db.Missions.AsNoTracking().Where(m => m.ElectionId == electionId).ToListAsync(cancellationToken);
        return new(
            [.. mailboxes.OrderBy(m => m.Place == MailboxPlace.Kosovo ? 0 : m.IsDefaultAbroad ? 1 : 2).ThenBy(m => m.CountryCode, StringComparer.Ordinal)],
            [.. missions.OrderBy(m => m.CountryCode, StringComparer.Ordinal).ThenBy(m => m.City, StringComparer.Ordinal).ThenBy(m => m.Name, StringComparer.Ordinal)]);
    }
}
